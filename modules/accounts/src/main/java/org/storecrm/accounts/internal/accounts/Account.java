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
import java.util.Objects;
import org.storecrm.accounts.AccountChanges;
import org.storecrm.accounts.AccountSource;
import org.storecrm.accounts.AccountStatus;
import org.storecrm.accounts.AccountSummary;
import org.storecrm.accounts.AccountView;
import org.storecrm.accounts.ContactPerson;
import org.storecrm.accounts.NewAccount;

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
  private Long id;

  @Column(name = "store_id", nullable = false, updatable = false)
  private Long storeId;

  @Column(nullable = false, length = 120)
  private String name;

  @Column(name = "name_lower", nullable = false, length = 120)
  private String nameLower;

  @Column(length = 60)
  private String industry;

  private Integer employees;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private AccountStatus status;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 24)
  private AccountSource source;

  @Column(name = "account_manager_id")
  private Long accountManagerId;

  @Column(name = "payment_term_days", nullable = false)
  private int paymentTermDays;

  @Column(name = "credit_limit", precision = 14, scale = 2)
  private BigDecimal creditLimit;

  @Column(name = "credit_hold", nullable = false)
  private boolean creditHold;

  @Column(name = "hold_invoice_id")
  private Long holdInvoiceId;

  @Column(name = "hold_since")
  private LocalDate holdSince;

  @Column(name = "handed_over_at")
  private Instant handedOverAt;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, updatable = false, length = 40)
  private String createdBy;

  @Version private long version;

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "acc_account_contact", joinColumns = @JoinColumn(name = "account_id"))
  @OrderColumn(name = "position")
  private List<Contact> contacts = new ArrayList<>();

  protected Account() {}

  /**
   * A new account of the store, looked after by {@code accountManagerId} (or nobody: store credit);
   * its source is for good, the rest as {@link #edit} changes it.
   */
  Account(
      long storeId, Long accountManagerId, NewAccount input, Instant createdAt, String createdBy) {
    this.storeId = storeId;
    this.source = input.source();
    this.createdAt = createdAt;
    this.createdBy = createdBy;
    describe(
        input.name(),
        input.industry(),
        input.employees(),
        input.status(),
        accountManagerId,
        input.paymentTermDays(),
        input.creditLimit(),
        input.contacts());
  }

  /** The account's edit: every field but its source and store (the version is checked before). */
  void edit(AccountChanges changes) {
    describe(
        changes.name(),
        changes.industry(),
        changes.employees(),
        changes.status(),
        changes.accountManagerId(),
        changes.paymentTermDays(),
        changes.creditLimit(),
        changes.contacts());
  }

  /**
   * Whether the edit changes the account manager or the payment terms, the two a new manager or
   * longer terms must be checked for (an edit of the rest keeps terms granted under older limits).
   */
  boolean changesTerms(AccountChanges changes) {
    return !Objects.equals(changes.accountManagerId(), accountManagerId)
        || changes.paymentTermDays() != paymentTermDays;
  }

  private void describe(
      String newName,
      String newIndustry,
      Integer newEmployees,
      AccountStatus newStatus,
      Long newAccountManagerId,
      int newPaymentTermDays,
      BigDecimal newCreditLimit,
      List<ContactPerson> newContacts) {
    name = newName.trim();
    nameLower = name.toLowerCase(Locale.ROOT);
    industry = newIndustry == null || newIndustry.isBlank() ? null : newIndustry.trim();
    employees = newEmployees;
    status = newStatus;
    accountManagerId = newAccountManagerId;
    paymentTermDays = newPaymentTermDays;
    creditLimit = newCreditLimit;
    contacts.clear();
    newContacts.forEach(c -> contacts.add(new Contact(c)));
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

  long version() {
    return version;
  }

  /**
   * Puts the account on credit hold for an invoice overdue since a day; an account already on hold
   * keeps the invoice and the day it went on hold for. True when it went on hold now.
   */
  public boolean hold(long invoiceId, LocalDate since) {
    if (creditHold) {
      return false;
    }
    creditHold = true;
    holdInvoiceId = invoiceId;
    holdSince = since;
    return true;
  }

  /**
   * Hands the account over to the key-account department (overdue past the escalation limit); an
   * account handed over before keeps the moment it was.
   */
  public void handOver(Instant at) {
    if (handedOverAt == null) {
      handedOverAt = at;
    }
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

  /** The account as its screens and the API show it. */
  AccountView toView(String accountManagerName, String creditHoldReason) {
    return new AccountView(
        id,
        storeId,
        name,
        industry,
        employees,
        status,
        source,
        accountManagerId,
        accountManagerName,
        paymentTermDays,
        creditLimit,
        creditHold,
        creditHoldReason,
        handedOverAt != null,
        contactPersons(),
        version);
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
    private String name;

    @Column(length = 80)
    private String title;

    @Column(length = 20)
    private String phone;

    @Column(nullable = false)
    private boolean decides;

    protected Contact() {}

    Contact(ContactPerson person) {
      this.name = person.name().trim();
      this.title = person.title();
      this.phone = person.phone();
      this.decides = person.decides();
    }
  }
}
