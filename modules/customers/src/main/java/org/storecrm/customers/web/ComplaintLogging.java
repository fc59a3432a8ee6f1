package org.storecrm.customers.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.storecrm.customers.ComplaintCategory;
import org.storecrm.customers.ComplaintChannel;
import org.storecrm.customers.ComplaintView;
import org.storecrm.customers.Complaints;
import org.storecrm.customers.CustomerCard;
import org.storecrm.customers.CustomerDirectory;
import org.storecrm.customers.NewComplaint;
import org.storecrm.platform.web.api.Dates;
import org.storecrm.platform.web.api.FormErrors;
import org.storecrm.platform.web.api.Texts;

/**
 * Logs a complaint from the customer card ({@code ?customerId=}) at the counter or the hotline, or
 * without a card (no parameter: a hotline call, the caller's name and phone); the acknowledgement
 * names the number and the deadline at once.
 */
@Named
@ViewScoped
public class ComplaintLogging implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient CustomerDirectory customers;
  @Inject transient Complaints complaints;
  @Inject transient FormErrors errors;
  @Inject transient Texts texts;
  @Inject transient Dates dates;

  private Long customerId;
  private CustomerCard customer;
  private ComplaintChannel channel = ComplaintChannel.COUNTER;
  private ComplaintCategory category;
  private String description;
  private String callerName;
  private String callerPhone;

  public void load() {
    if (customerId != null) {
      customer = customers.get(customerId);
    } else {
      channel = ComplaintChannel.HOTLINE;
    }
  }

  public String log() {
    ComplaintView logged;
    try {
      logged =
          complaints.log(
              new NewComplaint(
                  customerId,
                  channel,
                  category,
                  description,
                  null,
                  null,
                  customerId == null ? callerName : null,
                  customerId == null ? callerPhone : null));
    } catch (RuntimeException e) {
      errors.show(e, "complaintForm", CustomersMenu.BUNDLE);
      return null;
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.getExternalContext().getFlash().setKeepMessages(true);
    faces.addMessage(
        null,
        new FacesMessage(
            texts.fromBundle(
                CustomersMenu.BUNDLE,
                "complaint.logged",
                logged.number(),
                dates.dateTime(logged.deadline()))));
    return "/customers/complaint.xhtml?faces-redirect=true&id=" + logged.id();
  }

  public ComplaintChannel[] getChannels() {
    return ComplaintChannel.values();
  }

  public ComplaintCategory[] getCategories() {
    return ComplaintCategory.values();
  }

  public Long getCustomerId() {
    return customerId;
  }

  public void setCustomerId(Long customerId) {
    this.customerId = customerId;
  }

  public String getCallerName() {
    return callerName;
  }

  public void setCallerName(String callerName) {
    this.callerName = callerName;
  }

  public String getCallerPhone() {
    return callerPhone;
  }

  public void setCallerPhone(String callerPhone) {
    this.callerPhone = callerPhone;
  }

  public CustomerCard getCustomer() {
    return customer;
  }

  public ComplaintChannel getChannel() {
    return channel;
  }

  public void setChannel(ComplaintChannel channel) {
    this.channel = channel;
  }

  public ComplaintCategory getCategory() {
    return category;
  }

  public void setCategory(ComplaintCategory category) {
    this.category = category;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }
}
