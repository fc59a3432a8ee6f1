package org.storecrm.customers.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.LinkedHashSet;
import java.util.Set;
import org.storecrm.customers.AnonymousVisit;
import org.storecrm.customers.AnonymousVisits;
import org.storecrm.customers.ContactKind;
import org.storecrm.customers.CustomerCard;
import org.storecrm.customers.CustomerDirectory;
import org.storecrm.customers.CustomerSummary;
import org.storecrm.customers.CustomerType;
import org.storecrm.customers.Gender;
import org.storecrm.customers.NewCustomer;
import org.storecrm.customers.PhoneType;
import org.storecrm.customers.RegionType;
import org.storecrm.customers.SourceChannel;
import org.storecrm.platform.PageRequest;
import org.storecrm.platform.RuleViolationException;
import org.storecrm.platform.web.api.FormErrors;
import org.storecrm.platform.web.api.Texts;

/**
 * The counter's quick registration: the phone is looked up as it is typed, so an existing customer
 * is opened instead of registered twice.
 */
@Named
@ViewScoped
public class CustomerRegistration implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient CustomerDirectory customers;
  @Inject transient AnonymousVisits anonymous;
  @Inject transient FormErrors errors;
  @Inject transient Texts texts;

  private String phone;
  private PhoneType phoneType;
  private String name;
  private CustomerType type = CustomerType.PERSON;
  private SourceChannel source = SourceChannel.WALK_IN;
  private RegionType region = RegionType.CITY;
  private String city;
  private boolean marketingConsent;
  private String notes;
  private String purpose;
  private Gender gender;
  private String outcome;
  private CustomerSummary existing;
  private CustomerCard registered;
  private ContactKind anonymousKind = ContactKind.VISIT;
  private String anonymousPurpose;
  private String anonymousOutcome;

  /**
   * As the phone is typed: the customer it already belongs to, if any. Separators are the caller's
   * choice (138 1234 5678, 021-6351 0000, (021) 63510000), so the number is compared by its digits,
   * looked up as typed, as digits only and, for a landline, with the area code's hyphen.
   */
  public void lookUp() {
    // Assigned once at the end: a delayed keyup request may run beside the form's submit on this
    // view's bean, and a field cleared meanwhile would hide the card the submit's refusal offers.
    existing = findByPhone();
  }

  private CustomerSummary findByPhone() {
    String digits = phone == null ? "" : phone.replaceAll("[^0-9]", "");
    if (digits.length() < 7) {
      return null;
    }
    Set<String> forms = new LinkedHashSet<>();
    forms.add(phone.trim().replaceAll("[\\s().]", ""));
    forms.add(digits);
    if (digits.startsWith("0")) {
      forms.add(digits.substring(0, 3) + "-" + digits.substring(3));
      forms.add(digits.substring(0, 4) + "-" + digits.substring(4));
    }
    for (String form : forms) {
      if (form.isEmpty() || !Character.isDigit(form.charAt(0)) && form.charAt(0) != '+') {
        continue;
      }
      CustomerSummary found =
          customers.find(form, PageRequest.first(5)).items().stream()
              .filter(match -> match.phone().replaceAll("[^0-9]", "").equals(digits))
              .findFirst()
              .orElse(null);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  /**
   * Registers the walk-in or caller in place: the form clears for the next one and the new card is
   * a link away, so a queue at the counter costs no page loads.
   */
  public void register() {
    registered = null;
    CustomerCard card;
    try {
      card =
          customers.register(
              NewCustomer.builder(name, phone, type, source, region)
                  .phoneType(phoneType)
                  .city(city)
                  .marketingConsent(marketingConsent)
                  .notes(notes)
                  .purpose(purpose)
                  .outcome(outcome)
                  .gender(gender)
                  .build());
    } catch (RuntimeException e) {
      errors.show(e, "registerForm", CustomersMenu.BUNDLE);
      if (e instanceof RuleViolationException taken
          && taken.details().get("id") instanceof Number id) {
        // Refused as a duplicate at submit (say, registered by a colleague meanwhile): the
        // existing card is offered as the keyup lookup would.
        CustomerCard found = customers.get(id.longValue());
        existing =
            new CustomerSummary(
                found.id(),
                found.name(),
                found.phone(),
                found.classification(),
                found.grade(),
                found.consultantId(),
                found.nextFollowUpDue(),
                found.lastContactAt(),
                found.tier());
      }
      return;
    }
    registered = card;
    clearForm();
  }

  private void clearForm() {
    phone = null;
    phoneType = null;
    name = null;
    type = CustomerType.PERSON;
    source = SourceChannel.WALK_IN;
    region = RegionType.CITY;
    city = null;
    marketingConsent = false;
    notes = null;
    purpose = null;
    gender = null;
    outcome = null;
    existing = null;
  }

  /** The customer just registered, whose card the confirmation links to. */
  public CustomerCard getRegistered() {
    return registered;
  }

  public String getRegisteredMessage() {
    return registered == null
        ? null
        : texts.fromBundle(CustomersMenu.BUNDLE, "customer.registered", registered.name());
  }

  /** Counts a walk-in or caller who left no details in today's register. */
  public void countAnonymous() {
    try {
      anonymous.log(new AnonymousVisit(anonymousKind, anonymousPurpose, anonymousOutcome));
    } catch (RuntimeException e) {
      errors.show(e, "anonymousForm", CustomersMenu.BUNDLE);
      return;
    }
    anonymousPurpose = null;
    anonymousOutcome = null;
    FacesContext.getCurrentInstance()
        .addMessage(
            null,
            new FacesMessage(texts.fromBundle(CustomersMenu.BUNDLE, "register.anonymousSaved")));
  }

  public Gender getGender() {
    return gender;
  }

  public void setGender(Gender gender) {
    this.gender = gender;
  }

  public Gender[] getGenders() {
    return Gender.values();
  }

  public String getPurpose() {
    return purpose;
  }

  public void setPurpose(String purpose) {
    this.purpose = purpose;
  }

  public String getOutcome() {
    return outcome;
  }

  public void setOutcome(String outcome) {
    this.outcome = outcome;
  }

  public ContactKind[] getRegisterKinds() {
    return new ContactKind[] {ContactKind.VISIT, ContactKind.PHONE_IN};
  }

  public ContactKind getAnonymousKind() {
    return anonymousKind;
  }

  public void setAnonymousKind(ContactKind anonymousKind) {
    this.anonymousKind = anonymousKind;
  }

  public String getAnonymousPurpose() {
    return anonymousPurpose;
  }

  public void setAnonymousPurpose(String anonymousPurpose) {
    this.anonymousPurpose = anonymousPurpose;
  }

  public String getAnonymousOutcome() {
    return anonymousOutcome;
  }

  public void setAnonymousOutcome(String anonymousOutcome) {
    this.anonymousOutcome = anonymousOutcome;
  }

  public CustomerType[] getTypes() {
    return CustomerType.values();
  }

  public SourceChannel[] getSources() {
    return SourceChannel.values();
  }

  public RegionType[] getRegions() {
    return RegionType.values();
  }

  public PhoneType[] getPhoneTypes() {
    return PhoneType.values();
  }

  public CustomerSummary getExisting() {
    return existing;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public PhoneType getPhoneType() {
    return phoneType;
  }

  public void setPhoneType(PhoneType phoneType) {
    this.phoneType = phoneType;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public CustomerType getType() {
    return type;
  }

  public void setType(CustomerType type) {
    this.type = type;
  }

  public SourceChannel getSource() {
    return source;
  }

  public void setSource(SourceChannel source) {
    this.source = source;
  }

  public RegionType getRegion() {
    return region;
  }

  public void setRegion(RegionType region) {
    this.region = region;
  }

  public String getCity() {
    return city;
  }

  public void setCity(String city) {
    this.city = city;
  }

  public boolean isMarketingConsent() {
    return marketingConsent;
  }

  public void setMarketingConsent(boolean marketingConsent) {
    this.marketingConsent = marketingConsent;
  }

  public String getNotes() {
    return notes;
  }

  public void setNotes(String notes) {
    this.notes = notes;
  }
}
