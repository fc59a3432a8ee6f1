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
import java.time.Duration;
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
  private Long id;

  @Column(name = "dedupe_key", nullable = false, updatable = false, length = 120)
  private String dedupeKey;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 12)
  private Channel channel;

  @Column(name = "store_id", nullable = false, updatable = false)
  private Long storeId;

  /** The invoice the message is about; a reminder is sent only while it is still open. */
  @Column(name = "invoice_id", updatable = false)
  private Long invoiceId;

  @Column(name = "user_id", updatable = false)
  private Long userId;

  @Enumerated(EnumType.STRING)
  @Column(updatable = false, length = 20)
  private Role role;

  @Column(updatable = false, length = 120)
  private String recipient;

  @Column(name = "message_key", nullable = false, updatable = false, length = 100)
  private String messageKey;

  @Column(nullable = false, updatable = false, length = 1000)
  private String args;

  @Column(updatable = false, length = 200)
  private String link;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "next_attempt_at", nullable = false)
  private Instant nextAttemptAt;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "claimed_until")
  private Instant claimedUntil;

  @Column(name = "sent_at")
  private Instant sentAt;

  @Column(name = "failed_at")
  private Instant failedAt;

  @Column(name = "last_error", length = 500)
  private String lastError;

  protected OutboxMessage() {}

  private OutboxMessage(
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

  /** An in-app notice to one staff member. */
  static OutboxMessage toUser(
      String dedupeKey,
      long storeId,
      Long invoiceId,
      long userId,
      String messageKey,
      List<String> args,
      String link,
      Instant now) {
    OutboxMessage message =
        new OutboxMessage(
            dedupeKey, Channel.STAFF_USER, storeId, invoiceId, messageKey, args, link, now);
    message.userId = userId;
    return message;
  }

  /** An in-app notice to every staff member of a role in the store. */
  static OutboxMessage toRole(
      String dedupeKey,
      long storeId,
      Long invoiceId,
      Role role,
      String messageKey,
      List<String> args,
      String link,
      Instant now) {
    OutboxMessage message =
        new OutboxMessage(
            dedupeKey, Channel.STAFF_ROLE, storeId, invoiceId, messageKey, args, link, now);
    message.role = role;
    return message;
  }

  /** A text message to the client's phone, through the notification gateway (no link). */
  static OutboxMessage toClient(
      String dedupeKey,
      long storeId,
      Long invoiceId,
      String phone,
      String messageKey,
      List<String> args,
      Instant now) {
    OutboxMessage message =
        new OutboxMessage(
            dedupeKey, Channel.CLIENT, storeId, invoiceId, messageKey, args, null, now);
    message.recipient = phone;
    return message;
  }

  /** A reminder of an invoice, which is delivered only while the invoice is still open. */
  boolean remindsOfInvoice() {
    return messageKey.startsWith("reminder.") && invoiceId != null;
  }

  /** Delivered at {@code at}: done, and its claim released. */
  void markSent(Instant at) {
    sentAt = at;
    claimedUntil = null;
  }

  /** Not delivered, as of {@code at}: a reminder whose invoice was paid or credited meanwhile. */
  void dropAsInvoiceClosed(Instant at) {
    sentAt = at;
    lastError = "dropped: the invoice is no longer open";
  }

  /**
   * A delivery attempt failed at {@code at}: the claim is released and the message is tried again
   * {@code retryAfter} later, or, after {@code maxAttempts} attempts (counted by the claims), it
   * fails for good. The error is kept, cut to the column's 500 characters.
   */
  void recordFailure(String error, Instant at, int maxAttempts, Duration retryAfter) {
    lastError = error.length() > 500 ? error.substring(0, 500) : error;
    claimedUntil = null;
    if (attempts >= maxAttempts) {
      failedAt = at;
    } else {
      nextAttemptAt = at.plus(retryAfter);
    }
  }

  List<String> argList() {
    return args.isEmpty() ? List.of() : Arrays.asList(args.split(SEPARATOR, -1));
  }

  Channel channel() {
    return channel;
  }

  String dedupeKey() {
    return dedupeKey;
  }

  Instant failedAt() {
    return failedAt;
  }

  Long invoiceId() {
    return invoiceId;
  }

  String lastError() {
    return lastError;
  }

  String link() {
    return link;
  }

  String messageKey() {
    return messageKey;
  }

  String recipient() {
    return recipient;
  }

  Role role() {
    return role;
  }

  Instant nextAttemptAt() {
    return nextAttemptAt;
  }

  Instant sentAt() {
    return sentAt;
  }

  Long storeId() {
    return storeId;
  }

  Long userId() {
    return userId;
  }
}
