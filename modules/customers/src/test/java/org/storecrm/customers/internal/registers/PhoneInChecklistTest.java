package org.storecrm.customers.internal.registers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.storecrm.customers.PhoneInStep;
import org.storecrm.platform.RuleViolationException;

/** The phone-in register's checklist (issue 15). */
class PhoneInChecklistTest {
  private static final Instant NOW = Instant.parse("2026-12-07T03:00:00Z");
  private static final String PHONE = "13800001234";

  @Test
  void cantAnswerNowAndAnsweredExcludeEachOther() {
    refused(EnumSet.of(PhoneInStep.INTRODUCED, PhoneInStep.ANSWERED), true, null, PHONE, "steps");
    assertThatCode(
            () ->
                PhoneInChecklist.check(
                    EnumSet.of(PhoneInStep.INTRODUCED), true, null, false, PHONE, NOW))
        .doesNotThrowAnyException();
  }

  @Test
  void aPromisedCallbackNeedsANumberAndAFutureTimeOnlyWithThePromise() {
    refused(EnumSet.noneOf(PhoneInStep.class), true, null, null, "callerPhone");
    refused(EnumSet.noneOf(PhoneInStep.class), true, NOW, PHONE, "callbackBy");
    refused(EnumSet.noneOf(PhoneInStep.class), false, NOW.plusSeconds(60), PHONE, "callbackBy");
    assertThatCode(
            () ->
                PhoneInChecklist.check(
                    EnumSet.noneOf(PhoneInStep.class),
                    true,
                    NOW.plusSeconds(60),
                    false,
                    PHONE,
                    NOW))
        .doesNotThrowAnyException();
  }

  @Test
  void detailsTakenMeansACardOrAPhone() {
    refused(EnumSet.of(PhoneInStep.DETAILS_TAKEN), false, null, null, "callerPhone");
    assertThatCode(
            () ->
                PhoneInChecklist.check(
                    EnumSet.of(PhoneInStep.DETAILS_TAKEN), false, null, true, "x", NOW))
        .doesNotThrowAnyException();
  }

  @Test
  void theCallbackIsDueAtTheChosenTimeElseTheSettingsHoursLater() {
    assertThat(PhoneInChecklist.callbackDue(null, NOW, 2)).isEqualTo(NOW.plus(Duration.ofHours(2)));
    Instant chosen = NOW.plus(Duration.ofMinutes(30));
    assertThat(PhoneInChecklist.callbackDue(chosen, NOW, 2)).isEqualTo(chosen);
  }

  @Test
  void theStepsAreStoredInTheChainsOrder() {
    Set<PhoneInStep> ticked =
        EnumSet.of(PhoneInStep.DIRECTIONS_GIVEN, PhoneInStep.INTRODUCED, PhoneInStep.INVITED);
    String stored = PhoneInChecklist.stored(ticked);
    assertThat(stored).isEqualTo("INTRODUCED,INVITED,DIRECTIONS_GIVEN");
    assertThat(PhoneInChecklist.parsed(stored))
        .containsExactly(PhoneInStep.INTRODUCED, PhoneInStep.INVITED, PhoneInStep.DIRECTIONS_GIVEN);
    assertThat(PhoneInChecklist.stored(EnumSet.noneOf(PhoneInStep.class))).isNull();
    assertThat(PhoneInChecklist.parsed(null)).isEmpty();
  }

  @Test
  void theCareMessageNamesTheStoreItsAddressAndTheCallbackInTheCallersLanguage() {
    String chinese =
        PhoneInChecklist.careMessage(
            PhoneInChecklist.locale("zh_CN"),
            "王先生",
            "人民广场店",
            "南京东路1号",
            "021-63510000",
            "12-07 13:00");
    assertThat(chinese)
        .isEqualTo(
            "王先生您好，感谢您致电人民广场店。我们的地址：南京东路1号，电话：021-63510000。期待您的光临！" + "我们将在12-07 13:00前给您回电。");
    String english =
        PhoneInChecklist.careMessage(
            PhoneInChecklist.locale("en"), null, "People's Square", null, "021-1", null);
    assertThat(english)
        .isEqualTo(
            "Dear customer, thank you for calling People's Square. We are at -, phone 021-1."
                + " We look forward to seeing you.");
    assertThat(PhoneInChecklist.locale(null)).isEqualTo(Locale.SIMPLIFIED_CHINESE);
  }

  private static void refused(
      Set<PhoneInStep> steps, boolean cannotAnswer, Instant by, String phone, String field) {
    assertThatThrownBy(() -> PhoneInChecklist.check(steps, cannotAnswer, by, false, phone, NOW))
        .isInstanceOfSatisfying(
            RuleViolationException.class, e -> assertThat(e.field()).isEqualTo(field));
  }
}
