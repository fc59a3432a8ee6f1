package org.storecrm.accounts.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import org.storecrm.accounts.AccountView;
import org.storecrm.accounts.Accounts;
import org.storecrm.accounts.NewPayment;
import org.storecrm.accounts.PaymentView;
import org.storecrm.accounts.Receivables;
import org.storecrm.accounts.ReceivablesView;
import org.storecrm.platform.CurrentUser;
import org.storecrm.platform.Role;
import org.storecrm.platform.web.api.FormErrors;
import org.storecrm.platform.web.api.Texts;

/**
 * One business account: its facts, contacts and credit standing; for account managers, managers and
 * head office also its statement (invoices, aging) and a payment form.
 */
@Named
@ViewScoped
public class AccountPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient Accounts accounts;
  @Inject transient Receivables receivables;
  @Inject transient CurrentUser user;
  @Inject transient FormErrors errors;
  @Inject transient Texts texts;

  private Long id;
  private AccountView account;
  private ReceivablesView statement;
  private BigDecimal amount;
  private Long invoiceId;

  /** The view action: another store's account is a 404. */
  public void load() {
    account = accounts.get(id);
    if (isReceivablesVisible()) {
      statement = receivables.statement(id);
    }
  }

  public boolean isReceivablesVisible() {
    return user.hasRole(Role.ACCOUNT_MANAGER)
        || user.hasRole(Role.MANAGER)
        || user.hasRole(Role.ADMIN);
  }

  /** Records a payment (against the chosen invoice, or the oldest first). */
  public void pay() {
    PaymentView paid;
    try {
      paid = receivables.pay(id, new NewPayment(amount, null, invoiceId));
    } catch (RuntimeException e) {
      errors.show(e, "paymentForm", AccountsMenu.BUNDLE);
      return;
    }
    FacesContext.getCurrentInstance()
        .addMessage(
            null,
            new FacesMessage(
                texts.fromBundle(
                    AccountsMenu.BUNDLE,
                    paid.creditHold() ? "payment.recordedHold" : "payment.recorded",
                    paid.amount().toPlainString())));
    amount = null;
    invoiceId = null;
    load();
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public AccountView getAccount() {
    return account;
  }

  public ReceivablesView getStatement() {
    return statement;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public void setAmount(BigDecimal amount) {
    this.amount = amount;
  }

  public Long getInvoiceId() {
    return invoiceId;
  }

  public void setInvoiceId(Long invoiceId) {
    this.invoiceId = invoiceId;
  }
}
