package org.storecrm.sales.web;

import java.io.Serializable;
import java.math.BigDecimal;
import org.storecrm.sales.ManagerApproval;
import org.storecrm.sales.Payment;

/**
 * The counter's payment ({@code #{counterPage.paying}}): how the customer pays, the account of a
 * credit sale, a deposit, and a manager's on-the-spot approval of a discount beyond the
 * consultant's limit. Held by {@link CounterPage}.
 */
public class CounterPayment implements Serializable {
  private static final long serialVersionUID = 1L;

  private Payment payment = Payment.CASH;
  private Long accountId;
  private BigDecimal deposit;
  private String approver;
  private String approverPassword;

  /** The manager's approval the order carries, or null when no approver was typed. */
  ManagerApproval approval() {
    return approver == null || approver.isBlank()
        ? null
        : new ManagerApproval(approver, approverPassword == null ? "" : approverPassword);
  }

  /** Cash, no account, deposit or approval: the next sale. */
  void clear() {
    payment = Payment.CASH;
    accountId = null;
    deposit = null;
    approver = null;
    approverPassword = null;
  }

  public Payment[] getPayments() {
    return Payment.values();
  }

  public Payment getPayment() {
    return payment;
  }

  public void setPayment(Payment payment) {
    this.payment = payment;
  }

  public Long getAccountId() {
    return accountId;
  }

  public void setAccountId(Long accountId) {
    this.accountId = accountId;
  }

  public BigDecimal getDeposit() {
    return deposit;
  }

  public void setDeposit(BigDecimal deposit) {
    this.deposit = deposit;
  }

  public String getApprover() {
    return approver;
  }

  public void setApprover(String approver) {
    this.approver = approver;
  }

  public String getApproverPassword() {
    return approverPassword;
  }

  public void setApproverPassword(String approverPassword) {
    this.approverPassword = approverPassword;
  }
}
