package org.storecrm.customers.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.storecrm.customers.IntentGrade;
import org.storecrm.platform.InvalidSettingException;
import org.storecrm.platform.Role;

/**
 * The customers module's numbers (follow-ups, complaints, satisfaction, phone masking), from
 * MicroProfile Config; every default is written once, in config/microprofile-config.properties,
 * which documents it. Checked at start-up: a bad value stops the deployment with the key and the
 * value named, rather than the first registration or the night's sweep.
 */
@ApplicationScoped
public class CustomersSettings {
  static final String CADENCE_DAYS_KEY = "storecrm.followup.cadence-days.";
  static final String FIRST_CONTACT_HOURS_KEY = "storecrm.followup.first-contact-hours";
  static final String VIP_CONTACT_DAYS_KEY = "storecrm.followup.vip-contact-days";
  static final String BIRTHDAY_CALL_TIME_KEY = "storecrm.followup.birthday-call-time";
  static final String APPOINTMENT_CONFIRM_TIME_KEY = "storecrm.followup.appointment-confirm-time";
  static final String POST_SALE_DAYS_KEY = "storecrm.followup.post-sale-days";
  static final String POST_SALE_CATEGORIES_KEY = "storecrm.followup.post-sale-categories";
  static final String SWEEP_ATTEMPTS_KEY = "storecrm.followup.sweep-attempts";
  public static final String RECOVERY_BELOW_KEY = "storecrm.customers.recovery-below";
  static final String MASKED_PHONE_ROLES_KEY = "storecrm.customers.masked-phone-roles";
  public static final String COMPLAINT_DEADLINE_HOURS_KEY =
      "storecrm.customers.complaint-deadline-hours";
  // Issue 15: complaints, satisfaction and phone-ins
  static final String COMPLAINT_CALLBACK_HOURS_KEY = "storecrm.customers.complaint-callback-hours";
  static final String PHONE_IN_CALLBACK_HOURS_KEY = "storecrm.customers.phone-in-callback-hours";
  // Membership tiers (issue 15)
  static final String TIER_NAMES_KEY = "storecrm.customers.tier.names";
  static final String TIER_MIN_SPEND_KEY = "storecrm.customers.tier.min-spend";
  static final String TIER_MIN_PURCHASES_KEY = "storecrm.customers.tier.min-purchases";
  static final String TIER_CONTACT_DAYS_KEY = "storecrm.customers.tier.contact-days";
  static final String TIER_WINDOW_MONTHS_KEY = "storecrm.customers.tier.window-months";
  // Holiday greetings, the weekly contact cap, escalation (issue 15).
  static final String HOLIDAY_LEAD_DAYS_KEY = "storecrm.followup.holiday-lead-days";
  static final String HOLIDAY_CALL_TIME_KEY = "storecrm.followup.holiday-call-time";
  static final String WEEKLY_CONTACT_CAP_KEY = "storecrm.followup.weekly-contact-cap";
  static final String ESCALATE_AFTER_DAYS_KEY = "storecrm.followup.escalate-after-days";

  @Inject
  @ConfigProperty(name = "storecrm.followup.cadence-days.O")
  int cadenceDaysO;

  @Inject
  @ConfigProperty(name = "storecrm.followup.cadence-days.H")
  int cadenceDaysH;

  @Inject
  @ConfigProperty(name = "storecrm.followup.cadence-days.A")
  int cadenceDaysA;

  @Inject
  @ConfigProperty(name = "storecrm.followup.cadence-days.B")
  int cadenceDaysB;

  @Inject
  @ConfigProperty(name = FIRST_CONTACT_HOURS_KEY)
  int firstContactHours;

  @Inject
  @ConfigProperty(name = VIP_CONTACT_DAYS_KEY)
  int vipContactDays;

  @Inject
  @ConfigProperty(name = BIRTHDAY_CALL_TIME_KEY)
  String birthdayCallTime;

  @Inject
  @ConfigProperty(name = APPOINTMENT_CONFIRM_TIME_KEY)
  String appointmentConfirmTime;

  @Inject
  @ConfigProperty(name = POST_SALE_DAYS_KEY)
  int postSaleDays;

  @Inject
  @ConfigProperty(name = POST_SALE_CATEGORIES_KEY)
  List<String> postSaleCategories;

  @Inject
  @ConfigProperty(name = SWEEP_ATTEMPTS_KEY)
  int sweepAttempts;

  @Inject
  @ConfigProperty(name = RECOVERY_BELOW_KEY)
  int recoveryBelow;

  @Inject
  @ConfigProperty(name = MASKED_PHONE_ROLES_KEY)
  List<String> maskedPhoneRoles;

  @Inject
  @ConfigProperty(name = COMPLAINT_DEADLINE_HOURS_KEY)
  int complaintDeadlineHours;

  // Issue 15: complaints, satisfaction and phone-ins
  @Inject
  @ConfigProperty(name = COMPLAINT_CALLBACK_HOURS_KEY)
  int complaintCallbackHours;

  @Inject
  @ConfigProperty(name = PHONE_IN_CALLBACK_HOURS_KEY)
  int phoneInCallbackHours;

  // Membership tiers (issue 15)
  @Inject
  @ConfigProperty(name = TIER_NAMES_KEY)
  List<String> tierNames;

  @Inject
  @ConfigProperty(name = TIER_MIN_SPEND_KEY)
  List<String> tierMinSpend;

  @Inject
  @ConfigProperty(name = TIER_MIN_PURCHASES_KEY)
  List<Integer> tierMinPurchases;

  @Inject
  @ConfigProperty(name = TIER_CONTACT_DAYS_KEY)
  List<Integer> tierContactDays;

  @Inject
  @ConfigProperty(name = TIER_WINDOW_MONTHS_KEY)
  int tierWindowMonths;

  // Holiday greetings, the weekly contact cap, escalation (issue 15).
  @Inject
  @ConfigProperty(name = HOLIDAY_LEAD_DAYS_KEY)
  int holidayLeadDays;

  @Inject
  @ConfigProperty(name = HOLIDAY_CALL_TIME_KEY)
  String holidayCallTime;

  @Inject
  @ConfigProperty(name = WEEKLY_CONTACT_CAP_KEY)
  int weeklyContactCap;

  @Inject
  @ConfigProperty(name = ESCALATE_AFTER_DAYS_KEY)
  int escalateAfterDays;

  void validateAtStartup(@Observes @Initialized(ApplicationScoped.class) Object started) {
    validate();
  }

  void validate() {
    for (IntentGrade grade : IntentGrade.values()) {
      int days = cadenceDays(grade);
      InvalidSettingException.require(
          days >= 1, CADENCE_DAYS_KEY + grade.name(), days, "a follow-up cadence is a day or more");
    }
    InvalidSettingException.require(
        firstContactHours >= 1, FIRST_CONTACT_HOURS_KEY, firstContactHours, "an hour or more");
    InvalidSettingException.require(
        vipContactDays >= 1, VIP_CONTACT_DAYS_KEY, vipContactDays, "a day or more");
    birthdayCallTime();
    appointmentConfirmTime();
    InvalidSettingException.require(
        postSaleDays >= 0, POST_SALE_DAYS_KEY, postSaleDays, "0 or more");
    for (String category : postSaleCategories) {
      InvalidSettingException.require(
          category.trim().matches("[A-Z_]+"),
          POST_SALE_CATEGORIES_KEY,
          String.join(",", postSaleCategories),
          "catalogue category names such as DESKTOP,NOTEBOOK");
    }
    InvalidSettingException.require(
        sweepAttempts >= 1, SWEEP_ATTEMPTS_KEY, sweepAttempts, "1 or more");
    InvalidSettingException.require(
        recoveryBelow >= 1 && recoveryBelow <= 6,
        RECOVERY_BELOW_KEY,
        recoveryBelow,
        "from 1 (no score needs recovery) to 6 (every score does)");
    maskedPhoneRoles();
    InvalidSettingException.require(
        complaintDeadlineHours >= 1,
        COMPLAINT_DEADLINE_HOURS_KEY,
        complaintDeadlineHours,
        "an hour or more");
    // Issue 15: complaints, satisfaction and phone-ins
    InvalidSettingException.require(
        complaintCallbackHours >= 0,
        COMPLAINT_CALLBACK_HOURS_KEY,
        complaintCallbackHours,
        "0 (at once) or more hours");
    InvalidSettingException.require(
        phoneInCallbackHours >= 1,
        PHONE_IN_CALLBACK_HOURS_KEY,
        phoneInCallbackHours,
        "an hour or more");
    tiers();
    InvalidSettingException.require(
        tierWindowMonths >= 1 && tierWindowMonths <= 60,
        TIER_WINDOW_MONTHS_KEY,
        tierWindowMonths,
        "1 to 60 months");
    // Holiday greetings, the weekly contact cap, escalation (issue 15).
    InvalidSettingException.require(
        holidayLeadDays >= 0 && holidayLeadDays <= 30,
        HOLIDAY_LEAD_DAYS_KEY,
        holidayLeadDays,
        "0 (on the day) to 30 days");
    holidayCallTime();
    InvalidSettingException.require(
        weeklyContactCap >= 1, WEEKLY_CONTACT_CAP_KEY, weeklyContactCap, "1 or more");
    InvalidSettingException.require(
        escalateAfterDays >= 1, ESCALATE_AFTER_DAYS_KEY, escalateAfterDays, "a day or more");
  }

  /**
   * The membership tiers, lowest first: {@code names}, {@code min-spend}, {@code min-purchases} and
   * {@code contact-days} are lists in the same order.
   */
  public TierLadder tiers() {
    try {
      return TierLadder.of(tierNames, tierMinSpend, tierMinPurchases, tierContactDays);
    } catch (IllegalArgumentException e) {
      throw new InvalidSettingException(
          TIER_NAMES_KEY,
          String.join(",", tierNames),
          "tiers lowest first, each with its minimum spend, minimum purchases and contact days"
              + " in the same order ("
              + e.getMessage()
              + ")",
          e);
    }
  }

  /** The rolling window of the membership tiers, in months back from today. */
  public int tierWindowMonths() {
    return tierWindowMonths;
  }

  // Holiday greetings, the weekly contact cap, escalation (issue 15).
  /** A holiday's greeting call opens this many days before it. */
  public int holidayLeadDays() {
    return holidayLeadDays;
  }

  /** Holiday greeting calls are due at this local time. */
  public LocalTime holidayCallTime() {
    return time(HOLIDAY_CALL_TIME_KEY, holidayCallTime);
  }

  /** At most this many follow-ups per customer per ISO week; the store's further ones wait. */
  public int weeklyContactCap() {
    return weeklyContactCap;
  }

  /** An open follow-up overdue by more than this many days escalates to the store manager. */
  public int escalateAfterDays() {
    return escalateAfterDays;
  }

  /** Days between follow-ups of a customer of this intent grade. */
  public int cadenceDays(IntentGrade grade) {
    return switch (grade) {
      case O -> cadenceDaysO;
      case H -> cadenceDaysH;
      case A -> cadenceDaysA;
      case B -> cadenceDaysB;
    };
  }

  /** A newly assigned lead is first contacted within this many hours. */
  public int firstContactHours() {
    return firstContactHours;
  }

  /** A VIP is contacted at least this often (days). */
  public int vipContactDays() {
    return vipContactDays;
  }

  /** Birthday calls are due at this local time. */
  public LocalTime birthdayCallTime() {
    return time(BIRTHDAY_CALL_TIME_KEY, birthdayCallTime);
  }

  /** An appointment's confirmation call is due the day before at this local time. */
  public LocalTime appointmentConfirmTime() {
    return time(APPOINTMENT_CONFIRM_TIME_KEY, appointmentConfirmTime);
  }

  /** The post-sale callback comes this many days after the sale. */
  public int postSaleDays() {
    return postSaleDays;
  }

  /** The sales module's category names of main products whose sale brings a callback. */
  public List<String> postSaleCategories() {
    return postSaleCategories.stream().map(String::trim).toList();
  }

  /** Attempts in all of a sweep run that loses races to a concurrent run. */
  public int sweepAttempts() {
    return sweepAttempts;
  }

  /** A satisfaction score below this opens a recovery task. */
  public int recoveryBelow() {
    return recoveryBelow;
  }

  /** A complaint is due this many hours after it was opened. */
  public int complaintDeadlineHours() {
    return complaintDeadlineHours;
  }

  /** A resolved complaint's satisfaction callback is due this many hours after resolution. */
  public int complaintCallbackHours() {
    return complaintCallbackHours;
  }

  /** "Can't answer now": the promised callback is due this many hours after the call. */
  public int phoneInCallbackHours() {
    return phoneInCallbackHours;
  }

  /** The roles that see customers' phone numbers masked. */
  Set<Role> maskedPhoneRoles() {
    try {
      return PhoneMasking.parse(maskedPhoneRoles);
    } catch (IllegalArgumentException e) {
      throw new InvalidSettingException(
          MASKED_PHONE_ROLES_KEY,
          String.join(",", maskedPhoneRoles),
          "roles such as ADMIN,ACCOUNT_MANAGER, or NONE",
          e);
    }
  }

  private static LocalTime time(String key, String value) {
    try {
      return LocalTime.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw new InvalidSettingException(key, value, "a local time HH:mm", e);
    }
  }
}
