package org.storecrm.customers.internal.cards;

import java.util.regex.Pattern;
import org.storecrm.customers.PhoneType;
import org.storecrm.platform.RuleViolationException;

/** Checks and normalises phone numbers; Chinese mobiles are 11 digits starting with 1. */
public final class PhoneNumbers {
  private static final Pattern MOBILE = Pattern.compile("1\\d{10}");
  private static final Pattern LANDLINE = Pattern.compile("0\\d{2,3}-?\\d{7,8}(-\\d{1,6})?");
  private static final Pattern OTHER = Pattern.compile("\\+?[0-9][0-9 -]{4,24}");

  private PhoneNumbers() {}

  public record Checked(String number, PhoneType type) {}

  /**
   * The number as stored (spaces dropped, a +86 prefix removed from mobiles) and its type. Without
   * a declared type, a number must be a mobile or a landline; anything else needs OTHER.
   */
  public static Checked check(String raw, PhoneType declared) {
    return check(raw, declared, "phone");
  }

  /** A further phone: a mobile, a landline, or any other number, whichever it is. */
  public static Checked checkOther(String raw, String field) {
    String number = raw == null ? "" : raw.trim().replace(" ", "");
    PhoneType type =
        MOBILE.matcher(number).matches()
            ? PhoneType.MOBILE
            : LANDLINE.matcher(number).matches() ? PhoneType.LANDLINE : PhoneType.OTHER;
    return check(raw, type, field);
  }

  public static Checked check(String raw, PhoneType declared, String field) {
    String number = raw == null ? "" : raw.trim().replace(" ", "");
    if (number.startsWith("+86") && MOBILE.matcher(number.substring(3)).matches()) {
      number = number.substring(3);
    }
    PhoneType type = declared;
    if (type == null) {
      type = MOBILE.matcher(number).matches() ? PhoneType.MOBILE : PhoneType.LANDLINE;
    }
    Pattern rule =
        switch (type) {
          case MOBILE -> MOBILE;
          case LANDLINE -> LANDLINE;
          case OTHER -> OTHER;
        };
    if (!rule.matcher(number).matches()) {
      throw RuleViolationException.refused(
          "error.phone." + type.name().toLowerCase(),
          field,
          switch (type) {
            case MOBILE -> "A mobile number has 11 digits and starts with 1";
            case LANDLINE ->
                "Not a mobile number (11 digits starting with 1) nor a landline such as"
                    + " 021-63510000; for other numbers choose the type OTHER";
            case OTHER -> "A phone number has 5 to 25 digits";
          });
    }
    return new Checked(number, type);
  }

  /** 138****1234 for mobiles; the last four digits for other numbers. */
  public static String mask(String number) {
    if (number == null || number.length() < 7) {
      return "****";
    }
    if (MOBILE.matcher(number).matches()) {
      return number.substring(0, 3) + "****" + number.substring(7);
    }
    return "****" + number.substring(number.length() - 4);
  }

  /** Whether a search text is (the start of) a phone number rather than a name. */
  static boolean looksLikePhonePrefix(String text) {
    return text != null && text.trim().matches("\\+?[0-9][0-9-]{2,24}");
  }
}
