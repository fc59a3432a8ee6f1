package org.storecrm.accounts.internal.receivables;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storecrm.platform.Role;

/** The outbox message's addresses, its delivery and its retries. */
class OutboxMessageTest {
  private static final Instant NOW = Instant.parse("2026-12-01T01:00:00Z");
  private static final Instant LATER = Instant.parse("2026-12-01T01:05:00Z");
  private static final List<String> ARGS = List.of("ACME", "42", "100.00", "2026-12-05");

  private static OutboxMessage reminder(Long invoiceId) {
    return OutboxMessage.toUser(
        "acc:reminder:42", 10L, invoiceId, 7L, "reminder.staff", ARGS, "/a?id=1", NOW);
  }

  @Test
  void eachChannelHasItsRecipient() {
    OutboxMessage toUser = reminder(42L);
    assertThat(toUser.channel()).isEqualTo(OutboxMessage.Channel.STAFF_USER);
    assertThat(toUser.userId()).isEqualTo(7L);
    assertThat(toUser.nextAttemptAt()).isEqualTo(NOW);

    OutboxMessage toRole =
        OutboxMessage.toRole("k", 10L, 42L, Role.MANAGER, "escalation.manager", ARGS, "/a", NOW);
    assertThat(toRole.channel()).isEqualTo(OutboxMessage.Channel.STAFF_ROLE);
    assertThat(toRole.role()).isEqualTo(Role.MANAGER);
    assertThat(toRole.userId()).isNull();

    OutboxMessage toClient =
        OutboxMessage.toClient("k", 10L, 42L, "13900001111", "overdue.client", ARGS, NOW);
    assertThat(toClient.channel()).isEqualTo(OutboxMessage.Channel.CLIENT);
    assertThat(toClient.recipient()).isEqualTo("13900001111");
    assertThat(toClient.link()).isNull();
  }

  @Test
  void theArgumentsComeBackAsGiven() {
    assertThat(reminder(42L).argList()).isEqualTo(ARGS);
    assertThat(
            OutboxMessage.toRole("k", 1L, null, Role.MANAGER, "m", List.of(), null, NOW).argList())
        .isEmpty();
    assertThat(
            OutboxMessage.toRole("k", 1L, null, Role.MANAGER, "m", List.of("a", ""), null, NOW)
                .argList())
        .containsExactly("a", "");
  }

  @Test
  void onlyAReminderOfAnInvoiceWaitsForTheInvoiceToBeOpen() {
    assertThat(reminder(42L).remindsOfInvoice()).isTrue();
    assertThat(reminder(null).remindsOfInvoice()).isFalse();
    assertThat(
            OutboxMessage.toUser("k", 10L, 42L, 7L, "overdue.staff", ARGS, null, NOW)
                .remindsOfInvoice())
        .isFalse();
  }

  @Test
  void aSentMessageIsDone() {
    OutboxMessage message = reminder(42L);
    message.markSent(LATER);
    assertThat(message.sentAt()).isEqualTo(LATER);
    assertThat(message.lastError()).isNull();
  }

  @Test
  void aDroppedReminderCountsAsSentWithTheReason() {
    OutboxMessage message = reminder(42L);
    message.dropAsInvoiceClosed(LATER);
    assertThat(message.sentAt()).isEqualTo(LATER);
    assertThat(message.lastError()).isEqualTo("dropped: the invoice is no longer open");
  }

  @Test
  void aFailureIsRetriedLaterWhileAttemptsAreLeft() {
    OutboxMessage message = reminder(42L);
    message.recordFailure("gateway down", LATER, 1, Duration.ofMinutes(30));
    assertThat(message.nextAttemptAt()).isEqualTo(LATER.plus(Duration.ofMinutes(30)));
    assertThat(message.failedAt()).isNull();
    assertThat(message.sentAt()).isNull();
    assertThat(message.lastError()).isEqualTo("gateway down");
  }

  @Test
  void aFailureAfterTheLastAttemptFailsForGoodWithTheErrorCutToItsColumn() {
    OutboxMessage message = reminder(42L);
    message.recordFailure("x".repeat(501), LATER, 0, Duration.ofMinutes(30));
    assertThat(message.failedAt()).isEqualTo(LATER);
    assertThat(message.nextAttemptAt()).isEqualTo(NOW);
    assertThat(message.lastError()).hasSize(500);
  }
}
