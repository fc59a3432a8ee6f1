package org.storecrm.accounts.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.storecrm.accounts.AccountStatus;
import org.storecrm.accounts.AccountView;
import org.storecrm.accounts.HandoverConversion;
import org.storecrm.accounts.HandoverView;
import org.storecrm.accounts.Handovers;
import org.storecrm.accounts.ScanReason;
import org.storecrm.platform.web.api.FormErrors;
import org.storecrm.platform.web.api.Texts;

/**
 * The account manager's queue of handed-over company buyers (a store manager sees the store's):
 * each turned into an account or dismissed with a reason.
 */
@Named
@ViewScoped
public class HandoverQueuePage implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final int SHOWN = 200;

  @Inject transient Handovers handovers;
  @Inject transient FormErrors errors;
  @Inject transient Texts texts;

  private List<HandoverView> queue;
  private Long selectedId;
  private AccountStatus status = AccountStatus.PROSPECT;
  private Integer paymentTermDays = 0;
  private String industry;
  private String reason;

  public void load() {
    queue = handovers.queue(null, null, SHOWN);
  }

  /** Turns the chosen handover into an account and opens it. */
  public String convert() {
    AccountView account;
    try {
      account =
          handovers.convert(
              selectedId, new HandoverConversion(status, paymentTermDays, industry, null));
    } catch (RuntimeException e) {
      errors.show(e, "queueForm", AccountsMenu.BUNDLE);
      return null;
    }
    return "/accounts/account.xhtml?faces-redirect=true&id=" + account.id();
  }

  public void dismiss() {
    try {
      handovers.dismiss(selectedId, reason);
    } catch (RuntimeException e) {
      errors.show(e, "queueForm", AccountsMenu.BUNDLE);
      return;
    }
    FacesContext.getCurrentInstance()
        .addMessage(
            null, new FacesMessage(texts.fromBundle(AccountsMenu.BUNDLE, "walkinQueue.dismissed")));
    reason = null;
    selectedId = null;
    load();
  }

  /** Why the buyer is in the queue: the scan's rules and figures, or the staff's note. */
  public String why(HandoverView handover) {
    ScanReason reason = handover.scanReason();
    if (reason == null) {
      return handover.note();
    }
    StringBuilder text =
        new StringBuilder(texts.fromBundle(AccountsMenu.BUNDLE, "smbScan.listed", reason.week()));
    if (reason.company()) {
      text.append(' ').append(texts.fromBundle(AccountsMenu.BUNDLE, "smbScan.company"));
    }
    if (reason.multiUnitOrders() > 0) {
      text.append(' ')
          .append(
              texts.fromBundle(
                  AccountsMenu.BUNDLE,
                  "smbScan.multiUnit",
                  reason.multiUnitOrders(),
                  reason.businessUnits(),
                  reason.orders()));
    }
    return text.toString();
  }

  public List<HandoverView> getQueue() {
    return queue;
  }

  public AccountStatus[] getStatuses() {
    return AccountStatus.values();
  }

  public Long getSelectedId() {
    return selectedId;
  }

  public void setSelectedId(Long selectedId) {
    this.selectedId = selectedId;
  }

  public AccountStatus getStatus() {
    return status;
  }

  public void setStatus(AccountStatus status) {
    this.status = status;
  }

  public Integer getPaymentTermDays() {
    return paymentTermDays;
  }

  public void setPaymentTermDays(Integer paymentTermDays) {
    this.paymentTermDays = paymentTermDays;
  }

  public String getIndustry() {
    return industry;
  }

  public void setIndustry(String industry) {
    this.industry = industry;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
