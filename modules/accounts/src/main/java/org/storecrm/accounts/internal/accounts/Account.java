package org.storecrm.accounts.internal.accounts;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.storecrm.accounts.AccountSource;
import org.storecrm.accounts.AccountStatus;
import org.storecrm.accounts.AccountSummary;
import org.storecrm.accounts.ContactPerson;

/** A business client of a store. */
@Entity
@Table(name = "acc_account")
public class Account {
  public static final String RECORD_TYPE = "Account";

  @Id
  @SequenceGenerator(
      name = "acc_account_seq",
      sequenceName = "acc_account_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "acc_account_seq")
  Long id;

  @Column(name = "store_id", nullable = false, updatable = false)
  Long storeId;

  @Column(nullable = false, length = 120)
  String name;

  @Column(name = "name_lower", nullable = false, length = 120)
  String nameLower;

  @Column(length = 60)
  String industry;

  Integer employees;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  AccountStatus status;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 24)
  AccountSource source;

  @Column(name = "account_manager_id")
  Long accountManagerId;

  @Column(name = "payment_term_days", nullable = false)
  int paymentTermDays;

  @Column(name = "credit_limit", precision = 14, scale = 2)
  BigDecimal creditLimit;

  @Column(name = "credit_hold", nullable = false)
  boolean creditHold;

  @Column(name = "hold_invoice_id")
  Long holdInvoiceId;

  @Column(name = "hold_since")
  LocalDate holdSince;

  @Column(name = "handed_over_at")
  Instant handedOverAt;

  @Column(name = "created_at", nullable = false, updatable = false)
  Instant createdAt;

  @Column(name = "created_by", nullable = false, updatable = false, length = 40)
  String createdBy;

  @Version long version;

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "acc_account_contact", joinColumns = @JoinColumn(name = "account_id"))
  @OrderColumn(name = "position")
  List<Contact> contacts = new ArrayList<>();

  protected Account() {}

  Account(long storeId, String name, Instant createdAt, String createdBy) {
    this.storeId = storeId;
    rename(name);
    this.createdAt = createdAt;
    this.createdBy = createdBy;
  }

  void rename(String newName) {
    this.name = newName.trim();
    this.nameLower = this.name.toLowerCase(Locale.ROOT);
  }

  public Long id() {
    return id;
  }

  public long storeId() {
    return storeId;
  }

  public String name() {
    return name;
  }

  public AccountStatus status() {
    return status;
  }

  public Long accountManagerId() {
    return accountManagerId;
  }

  public int paymentTermDays() {
    return paymentTermDays;
  }

  public BigDecimal creditLimit() {
    return creditLimit;
  }

  public boolean creditHold() {
    return creditHold;
  }

  public Long holdInvoiceId() {
    return holdInvoiceId;
  }

  public LocalDate holdSince() {
    return holdSince;
  }

  public boolean handedOver() {
    return handedOverAt != null;
  }

  /** Puts the account on credit hold for an invoice overdue since a day. */
  public void hold(long invoiceId, LocalDate since) {
    creditHold = true;
    holdInvoiceId = invoiceId;
    holdSince = since;
  }

  /** Hands the account over to the key-account department (overdue past the escalation limit). */
  public void handOver(Instant at) {
    handedOverAt = at;
  }

  /** Lifts the credit hold (every overdue invoice was paid). */
  public void liftHold() {
    creditHold = false;
    holdInvoiceId = null;
    holdSince = null;
  }

  public List<ContactPerson> contactPersons() {
    return contacts.stream()
        .map(c -> new ContactPerson(c.name, c.title, c.phone, c.decides))
        .toList();
  }

  AccountSummary toSummary() {
    return new AccountSummary(
        id,
        storeId,
        name,
        industry,
        status,
        accountManagerId,
        paymentTermDays,
        creditLimit,
        creditHold,
        handedOverAt != null);
  }

  Map<String, Object> auditState() {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("name", name);
    state.put("industry", industry);
    state.put("employees", employees);
    state.put("status", status);
    state.put("source", source);
    state.put("accountManagerId", accountManagerId);
    state.put("paymentTermDays", paymentTermDays);
    state.put("creditLimit", creditLimit);
    state.put("creditHold", creditHold);
    state.put("contacts", contacts.size());
    return state;
  }

  /** A person of the client's company. */
  @Embeddable
  public static class Contact {
    @Column(nullable = false, length = 80)
    String name;

    @Column(length = 80)
    String title;

    @Column(length = 20)
    String phone;

    @Column(nullable = false)
    boolean decides;

    protected Contact() {}

    Contact(ContactPerson person) {
      this.name = person.name().trim();
      this.title = person.title();
      this.phone = person.phone();
      this.decides = person.decides();
    }
  }
}
