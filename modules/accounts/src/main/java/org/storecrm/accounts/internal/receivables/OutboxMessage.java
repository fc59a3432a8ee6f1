package org.storecrm.accounts.internal.receivables;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.storecrm.platform.Role;

/**
 * A notification waiting to be delivered, written in the transaction of its cause (a reminder, a
 * hold, an escalation). {@link OutboxSender} delivers it: to one staff member or every staff member
 * of a role in a store as an in-app notice, or to the client through the notification gateway.
 */
@Entity
@Table(name = "acc_outbox")
public class OutboxMessage {
  /** Where a message goes. */
  public enum Channel {
    STAFF_USER,
    STAFF_ROLE,
    CLIENT
  }

  private static final String SEPARATOR = "\u001f";

  @Id
  @SequenceGenerator(name = "acc_outbox_seq", sequenceName = "acc_outbox_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "acc_outbox_seq")
  Long id;

  @Column(name = "dedupe_key", nullable = false, updatable = false, length = 120)
  String dedupeKey;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 12)
  Channel channel;

  @Column(name = "store_id", nullable = false, updatable = false)
  Long storeId;

  /** The invoice the message is about; a reminder is sent only while it is still open. */
  @Column(name = "invoice_id", updatable = false)
  Long invoiceId;

  @Column(name = "user_id", updatable = false)
  Long userId;

  @Enumerated(EnumType.STRING)
  @Column(updatable = false, length = 20)
  Role role;

  @Column(updatable = false, length = 120)
  String recipient;

  @Column(name = "message_key", nullable = false, updatable = false, length = 100)
  String messageKey;

  @Column(nullable = false, updatable = false, length = 1000)
  String args;

  @Column(updatable = false, length = 200)
  String link;

  @Column(name = "created_at", nullable = false, updatable = false)
  Instant createdAt;

  @Column(name = "next_attempt_at", nullable = false)
  Instant nextAttemptAt;

  @Column(nullable = false)
  int attempts;

  @Column(name = "claimed_until")
  Instant claimedUntil;

  @Column(name = "sent_at")
  Instant sentAt;

  @Column(name = "failed_at")
  Instant failedAt;

  @Column(name = "last_error", length = 500)
  String lastError;

  protected OutboxMessage() {}

  OutboxMessage(
      String dedupeKey,
      Channel channel,
      long storeId,
      Long invoiceId,
      String messageKey,
      List<String> args,
      String link,
      Instant now) {
    this.dedupeKey = dedupeKey;
    this.channel = channel;
    this.storeId = storeId;
    this.invoiceId = invoiceId;
    this.messageKey = messageKey;
    this.args = String.join(SEPARATOR, args);
    this.link = link;
    this.createdAt = now;
    this.nextAttemptAt = now;
  }

  List<String> argList() {
    return args.isEmpty() ? List.of() : Arrays.asList(args.split(SEPARATOR, -1));
  }
}
