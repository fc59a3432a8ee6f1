package org.storecrm.accounts.web;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.storecrm.accounts.AccountChanges;
import org.storecrm.accounts.AccountSource;
import org.storecrm.accounts.AccountStatus;
import org.storecrm.accounts.AccountView;
import org.storecrm.accounts.ContactPerson;
import org.storecrm.accounts.NewAccount;

/**
 * An account's own fields as a form holds them: the new-account form of the account list and the
 * edit form of the account page bind the same properties, so a field is added in one place.
 */
public class AccountFields implements Serializable {
  private static final long serialVersionUID = 1L;

  private String name;
  private String industry;
  private Integer employees;
  private AccountStatus status;
  private Long accountManagerId;
  private Integer paymentTermDays;
  private BigDecimal creditLimit;

  /** A new account's form: a prospect on the business payment term of 30 days. */
  static AccountFields forNewAccount() {
    AccountFields fields = new AccountFields();
    fields.status = AccountStatus.PROSPECT;
    fields.paymentTermDays = 30;
    return fields;
  }

  /** The edit form of an account, filled from the account as shown. */
  static AccountFields of(AccountView account) {
    AccountFields fields = new AccountFields();
    fields.name = account.name();
    fields.industry = account.industry();
    fields.employees = account.employees();
    fields.status = account.status();
    fields.accountManagerId = account.accountManagerId();
    fields.paymentTermDays = account.paymentTermDays();
    fields.creditLimit = account.creditLimit();
    return fields;
  }

  NewAccount toNewAccount(AccountSource source, Long storeId, List<ContactPerson> contacts) {
    return new NewAccount(
        name,
        industry,
        employees,
        status,
        source,
        accountManagerId,
        paymentTermDays,
        creditLimit,
        storeId,
        contacts);
  }

  AccountChanges toChanges(List<ContactPerson> contacts, long version) {
    return new AccountChanges(
        name,
        industry,
        employees,
        status,
        accountManagerId,
        paymentTermDays,
        creditLimit,
        contacts,
        version);
  }

  /**
   * Empties what is particular to the account just created; its status and terms stay for the next
   * one entered in a row.
   */
  void clearForTheNextAccount() {
    name = null;
    industry = null;
    employees = null;
    creditLimit = null;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getIndustry() {
    return industry;
  }

  public void setIndustry(String industry) {
    this.industry = industry;
  }

  public Integer getEmployees() {
    return employees;
  }

  public void setEmployees(Integer employees) {
    this.employees = employees;
  }

  public AccountStatus getStatus() {
    return status;
  }

  public void setStatus(AccountStatus status) {
    this.status = status;
  }

  public Long getAccountManagerId() {
    return accountManagerId;
  }

  public void setAccountManagerId(Long accountManagerId) {
    this.accountManagerId = accountManagerId;
  }

  public Integer getPaymentTermDays() {
    return paymentTermDays;
  }

  public void setPaymentTermDays(Integer paymentTermDays) {
    this.paymentTermDays = paymentTermDays;
  }

  public BigDecimal getCreditLimit() {
    return creditLimit;
  }

  public void setCreditLimit(BigDecimal creditLimit) {
    this.creditLimit = creditLimit;
  }
}
