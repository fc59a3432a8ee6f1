package org.storecrm.customers.internal.registers;

import java.text.MessageFormat;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;
import org.storecrm.customers.PhoneInStep;
import org.storecrm.platform.RuleViolationException;

/**
 * docs/domain.md ("Phone-ins"): the rules of the phone-in register's checklist.
 *
 * <ul>
 *   <li>"can't answer now" and "answered" exclude each other;
 *   <li>a promised callback needs a number to call (the card's or the caller's);
 *   <li>its time, when chosen, lies in the future; without one it is due {@code
 *       storecrm.customers.phone-in-callback-hours} after the call; a time without "can't answer
 *       now" is refused;
 *   <li>"details taken" means a card or a phone number;
 *   <li>the care message is sent when there is a number, in the card's (or the chosen) language,
 *       naming the store, its address and its phone, and the promised callback's time.
 * </ul>
 */
final class PhoneInChecklist {
  static final String BUNDLE = "org.storecrm.customers.messages";

  private PhoneInChecklist() {}

  static void check(
      Set<PhoneInStep> steps,
      boolean cannotAnswerNow,
      Instant callbackBy,
      boolean hasCard,
      String phone,
      Instant now) {
    if (cannotAnswerNow && steps.contains(PhoneInStep.ANSWERED)) {
      throw RuleViolationException.refused(
          "error.phoneIn.answeredAndNot",
          "steps",
          "A call is either answered or promised a callback, not both");
    }
    if (steps.contains(PhoneInStep.DETAILS_TAKEN) && !hasCard && phone == null) {
      throw RuleViolationException.refused(
          "error.phoneIn.detailsMissing",
          "callerPhone",
          "Details taken: give the caller's phone or their card");
    }
    if (callbackBy != null && !cannotAnswerNow) {
      throw RuleViolationException.refused(
          "error.phoneIn.callbackWithoutPromise",
          "callbackBy",
          "A callback time goes with \"can't answer now\"");
    }
    if (cannotAnswerNow && phone == null) {
      throw RuleViolationException.refused(
          "error.phoneIn.callbackNeedsPhone",
          "callerPhone",
          "Take the caller's phone number to call them back");
    }
    if (callbackBy != null && !callbackBy.isAfter(now)) {
      throw RuleViolationException.refused(
          "error.phoneIn.callbackPast", "callbackBy", "The promised callback lies in the future");
    }
  }

  /**
   * When the promised callback is due: the chosen time, else the setting's hours after the call.
   */
  static Instant callbackDue(Instant callbackBy, Instant now, int defaultHours) {
    return callbackBy != null ? callbackBy : now.plus(Duration.ofHours(defaultHours));
  }

  /** The steps as stored: comma-separated in the chain's order; null when none was ticked. */
  static String stored(Set<PhoneInStep> steps) {
    return steps.isEmpty()
        ? null
        : Arrays.stream(PhoneInStep.values())
            .filter(steps::contains)
            .map(Enum::name)
            .collect(Collectors.joining(","));
  }

  static List<PhoneInStep> parsed(String stored) {
    return stored == null || stored.isBlank()
        ? List.of()
        : Arrays.stream(stored.split(",")).map(PhoneInStep::valueOf).toList();
  }

  /** {@code zh_CN} or {@code en} as a locale (Chinese unless English). */
  static Locale locale(String language) {
    return "en".equals(language) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
  }

  /**
   * The care message: thanks for calling, the store's name, address and phone, and the callback's
   * time when one was promised ({@code callbackAt} formatted by the caller, else null).
   */
  static String careMessage(
      Locale locale,
      String name,
      String storeName,
      String address,
      String storePhone,
      String callbackAt) {
    ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, locale);
    String greeting =
        name == null || name.isBlank() ? texts.getString("phoneIn.care.anonymous") : name;
    String text =
        MessageFormat.format(
            texts.getString("phoneIn.care"),
            greeting,
            storeName,
            address == null || address.isBlank() ? "-" : address,
            storePhone == null || storePhone.isBlank() ? "-" : storePhone);
    if (callbackAt != null) {
      text += MessageFormat.format(texts.getString("phoneIn.care.callback"), callbackAt);
    }
    return text;
  }
}
