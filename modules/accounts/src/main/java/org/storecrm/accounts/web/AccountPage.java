package org.storecrm.accounts.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Map;
import org.storecrm.accounts.AccountStatus;
import org.storecrm.accounts.AccountView;
import org.storecrm.accounts.Accounts;
import org.storecrm.accounts.NewPayment;
import org.storecrm.accounts.PaymentView;
import org.storecrm.accounts.Receivables;
import org.storecrm.accounts.ReceivablesView;
import org.storecrm.platform.CurrentUser;
import org.storecrm.platform.RecordNotFoundException;
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
  private AccountFields edit;
  private Map<Long, String> accountManagers = Map.of();

  /** The view action: another store's account is a 404. */
  /** A missing {@code ?id=} is the not-found page, like an unknown one. */
  public void load() {
    if (id == null) {
      throw new RecordNotFoundException("Account", null);
    }
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

  /** Whether the caller may change the account (account managers, managers, head office). */
  public boolean isEditable() {
    return isReceivablesVisible();
  }

  /** The edit form's fields, filled from the account as shown. */
  public void startEdit() {
    edit = AccountFields.of(account);
    accountManagers = accounts.accountManagersOf(id);
  }

  /** Saves the edit (contacts as they are); a refusal shows next to its field. */
  public void save() {
    try {
      account = accounts.update(id, edit.toChanges(account.contacts(), account.version()));
    } catch (RuntimeException e) {
      errors.show(e, "editForm", AccountsMenu.BUNDLE);
      return;
    }
    edit = null;
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(texts.fromBundle(AccountsMenu.BUNDLE, "account.saved")));
    load();
  }

  public void cancelEdit() {
    edit = null;
  }

  public AccountFields getEdit() {
    return edit;
  }

  public Map<Long, String> getAccountManagers() {
    return accountManagers;
  }

  public AccountStatus[] getStatuses() {
    return AccountStatus.values();
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
