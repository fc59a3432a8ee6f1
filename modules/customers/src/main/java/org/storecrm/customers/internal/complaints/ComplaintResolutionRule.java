package org.storecrm.customers.internal.complaints;

import java.math.BigDecimal;
import org.storecrm.customers.CompensationKind;
import org.storecrm.customers.RootCause;
import org.storecrm.platform.RuleViolationException;

/**
 * docs/domain.md ("Complaints"): a complaint is resolved only with what the store gave the customer
 * and why the complaint arose, so that the root causes can be counted and the compensation costed.
 *
 * <ul>
 *   <li>the compensation kind is named (NONE when nothing was given);
 *   <li>money (REFUND, VOUCHER) has an amount above zero; any other kind has none;
 *   <li>a GIFT or OTHER compensation says what was given;
 *   <li>the root cause is named, and OTHER says what it was.
 * </ul>
 */
final class ComplaintResolutionRule {
  private ComplaintResolutionRule() {}

  static void check(
      CompensationKind kind,
      BigDecimal amount,
      String compensationNote,
      RootCause rootCause,
      String rootCauseNote) {
    if (kind == null) {
      throw RuleViolationException.refused(
          "error.complaint.compensationRequired",
          "compensationKind",
          "Say what compensation was given (NONE if nothing)");
    }
    if (kind.isMoney() && (amount == null || amount.signum() <= 0)) {
      throw RuleViolationException.refused(
          "error.complaint.compensationAmount",
          "compensationAmount",
          "A refund or voucher has an amount above zero");
    }
    if (!kind.isMoney() && amount != null) {
      throw RuleViolationException.refused(
          "error.complaint.compensationNoAmount",
          "compensationAmount",
          "Only a refund or a voucher has an amount");
    }
    if (kind.needsDescription() && blank(compensationNote)) {
      throw RuleViolationException.refused(
          "error.complaint.compensationNote",
          "compensationNote",
          "Say what was given to the customer");
    }
    if (rootCause == null) {
      throw RuleViolationException.refused(
          "error.complaint.rootCauseRequired", "rootCause", "Name the complaint's root cause");
    }
    if (rootCause == RootCause.OTHER && blank(rootCauseNote)) {
      throw RuleViolationException.refused(
          "error.complaint.rootCauseNote", "rootCauseNote", "Describe the root cause");
    }
  }

  static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  static String trimmed(String text) {
    return blank(text) ? null : text.strip();
  }
}
