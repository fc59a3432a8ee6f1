package org.storecrm.customers.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.storecrm.customers.internal.cards.PhoneNumbers;
import org.storecrm.platform.CurrentUser;
import org.storecrm.platform.Role;

/**
 * Which roles see customers' phone numbers masked ({@code 138****1234}) on cards, in every list and
 * so in every Excel export: {@code storecrm.customers.masked-phone-roles}, by default head office
 * and account managers. Consultants, managers and service technicians call customers and see them
 * in full.
 */
@ApplicationScoped
public class PhoneMasking {
  private Set<Role> masked;

  protected PhoneMasking() {}

  @Inject
  PhoneMasking(CustomersSettings settings) {
    this.masked = settings.maskedPhoneRoles();
  }

  static Set<Role> parse(List<String> roles) {
    Set<Role> parsed = EnumSet.noneOf(Role.class);
    for (String role : roles) {
      if (!role.isBlank() && !role.trim().equalsIgnoreCase("NONE")) {
        parsed.add(Role.valueOf(role.trim()));
      }
    }
    return parsed;
  }

  /** Whether the caller sees phone numbers in full. */
  public boolean phonesVisibleTo(CurrentUser user) {
    return masked.stream().noneMatch(user::hasRole);
  }

  /** The number as the caller may see it. */
  String phoneFor(CurrentUser user, String phone) {
    return phonesVisibleTo(user) ? phone : PhoneNumbers.mask(phone);
  }
}
