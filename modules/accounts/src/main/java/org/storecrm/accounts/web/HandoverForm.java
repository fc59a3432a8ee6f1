package org.storecrm.accounts.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import org.storecrm.accounts.HandoverView;
import org.storecrm.accounts.Handovers;
import org.storecrm.accounts.NewHandover;
import org.storecrm.customers.CustomerCard;
import org.storecrm.customers.CustomerDirectory;
import org.storecrm.platform.web.api.FormErrors;
import org.storecrm.platform.web.api.Texts;

/** Store staff hand a walk-in company buyer (from the customer card) to an account manager. */
@Named
@ViewScoped
public class HandoverForm implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient Handovers handovers;
  @Inject transient CustomerDirectory customers;
  @Inject transient FormErrors errors;
  @Inject transient Texts texts;

  private Long customerId;
  private String customerName;
  private Map<String, Long> managerChoices;
  private Long accountManagerId;
  private String note;
  private HandoverView done;

  /** The view action: another store's customer is a 404. */
  public void load() {
    CustomerCard customer = customers.get(customerId);
    customerName = customer.name();
    managerChoices = new LinkedHashMap<>();
    handovers.accountManagersFor(customerId).forEach((id, name) -> managerChoices.put(name, id));
    done = handovers.openFor(customerId).orElse(null);
  }

  public void handOver() {
    try {
      done = handovers.handOver(new NewHandover(customerId, accountManagerId, note));
    } catch (RuntimeException e) {
      errors.show(e, "handoverForm", AccountsMenu.BUNDLE);
      return;
    }
    FacesContext.getCurrentInstance()
        .addMessage(
            null,
            new FacesMessage(
                texts.fromBundle(AccountsMenu.BUNDLE, "walkin.done", done.accountManagerName())));
  }

  public Long getCustomerId() {
    return customerId;
  }

  public void setCustomerId(Long customerId) {
    this.customerId = customerId;
  }

  public String getCustomerName() {
    return customerName;
  }

  public Map<String, Long> getManagerChoices() {
    return managerChoices;
  }

  public Long getAccountManagerId() {
    return accountManagerId;
  }

  public void setAccountManagerId(Long accountManagerId) {
    this.accountManagerId = accountManagerId;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public HandoverView getDone() {
    return done;
  }
}
