package org.storecrm.sales.web;

import java.io.Serializable;
import org.storecrm.customers.CustomerCard;
import org.storecrm.customers.CustomerDirectory;
import org.storecrm.customers.CustomerSummary;
import org.storecrm.customers.CustomerType;
import org.storecrm.customers.Gender;
import org.storecrm.customers.NewCustomer;
import org.storecrm.customers.RegionType;
import org.storecrm.customers.SourceChannel;
import org.storecrm.platform.PageRequest;

/**
 * The counter's buyer ({@code #{counterPage.buyer}}): the customer found by phone, or a walk-in
 * sold anonymously, and the in-place registration of a phone that was not found (so the basket
 * stays). Held by {@link CounterPage}, which brings the customers module's directory and shows the
 * messages.
 */
public class CounterBuyer implements Serializable {
  private static final long serialVersionUID = 1L;

  private String phone;
  private CustomerSummary customer;
  private boolean customerSearched;
  private boolean registering;
  private String newName;
  private String newPhone;
  private Gender newGender;
  private boolean newConsent;
  private SourceChannel newSource = SourceChannel.WALK_IN;

  /**
   * The customer whose phone is exactly the one typed (digits compared), or none; false when no
   * digits were typed (nothing was looked up).
   */
  boolean find(CustomerDirectory customers) {
    customer = null;
    customerSearched = true;
    registering = false;
    String digits = phone == null ? "" : phone.replaceAll("[^0-9]", "");
    if (digits.isEmpty()) {
      return false;
    }
    customer =
        customers.find(digits, PageRequest.first(5)).items().stream()
            .filter(found -> found.phone().replaceAll("[^0-9]", "").equals(digits))
            .findFirst()
            .orElse(null);
    return true;
  }

  /** A walk-in, sold without a card. */
  void sellAnonymously() {
    customer = null;
    customerSearched = false;
    registering = false;
    phone = null;
  }

  /** Opens the in-place registration for the phone that was not found. */
  void startRegistration() {
    registering = true;
    newName = null;
    newPhone = phone;
    newGender = null;
    newConsent = false;
    newSource = SourceChannel.WALK_IN;
  }

  void cancelRegistration() {
    registering = false;
  }

  /** The registration form as the customers module registers it. */
  NewCustomer newCustomer() {
    return NewCustomer.builder(newName, newPhone, CustomerType.PERSON, newSource, RegionType.CITY)
        .marketingConsent(newConsent)
        .gender(newGender)
        .build();
  }

  /** The card registered (or found registered meanwhile) becomes the sale's customer. */
  void select(CustomerCard card) {
    customer =
        new CustomerSummary(
            card.id(),
            card.name(),
            card.phone(),
            card.classification(),
            card.grade(),
            card.consultantId(),
            card.nextFollowUpDue(),
            card.lastContactAt(),
            card.tier());
    phone = newPhone;
    customerSearched = true;
    registering = false;
  }

  /** The customer's id, or null for a walk-in. */
  Long customerId() {
    return customer == null ? null : customer.id();
  }

  /** Nobody at the counter yet: the next sale. */
  void clear() {
    phone = null;
    customer = null;
    customerSearched = false;
    registering = false;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public CustomerSummary getCustomer() {
    return customer;
  }

  public boolean isCustomerSearched() {
    return customerSearched;
  }

  public boolean isRegistering() {
    return registering;
  }

  public String getNewName() {
    return newName;
  }

  public void setNewName(String newName) {
    this.newName = newName;
  }

  public String getNewPhone() {
    return newPhone;
  }

  public void setNewPhone(String newPhone) {
    this.newPhone = newPhone;
  }

  public Gender getNewGender() {
    return newGender;
  }

  public void setNewGender(Gender newGender) {
    this.newGender = newGender;
  }

  public boolean isNewConsent() {
    return newConsent;
  }

  public void setNewConsent(boolean newConsent) {
    this.newConsent = newConsent;
  }

  public SourceChannel getNewSource() {
    return newSource;
  }

  public void setNewSource(SourceChannel newSource) {
    this.newSource = newSource;
  }

  public Gender[] getGenders() {
    return Gender.values();
  }

  public SourceChannel[] getSources() {
    return SourceChannel.values();
  }
}
