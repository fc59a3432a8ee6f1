package org.storecrm.services.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import org.storecrm.customers.CustomerDirectory;
import org.storecrm.customers.CustomerSummary;
import org.storecrm.customers.RegionType;
import org.storecrm.platform.PageRequest;
import org.storecrm.platform.web.api.FormErrors;
import org.storecrm.platform.web.api.Texts;
import org.storecrm.services.NewServiceRequest;
import org.storecrm.services.RequestKind;
import org.storecrm.services.ServiceRequestView;
import org.storecrm.services.ServiceRequests;

/**
 * Registers a service request at the counter or on the phone: the customer by phone (or a business
 * account by its number), the device, the region, the problem and the time agreed with the client
 * (in the chain's zone). Opens the new job's page with its deadline.
 */
@Named
@ViewScoped
public class RequestRegistration implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient ServiceRequests requests;
  @Inject transient CustomerDirectory customers;
  @Inject transient FormErrors errors;
  @Inject transient Texts texts;
  @Inject transient Clock clock;

  private String customerPhone;
  private Long accountId;
  private String deviceSerial;
  private RequestKind kind = RequestKind.ON_SITE;
  private RegionType region = RegionType.CITY;
  private String problem;
  private LocalDateTime agreedAt;

  public void register() {
    Long customerId = null;
    if (customerPhone != null && !customerPhone.isBlank()) {
      String phone = customerPhone.trim();
      customerId =
          customers.find(phone, PageRequest.first(5)).items().stream()
              .filter(c -> phone.equals(c.phone()))
              .map(CustomerSummary::id)
              .findFirst()
              .orElse(null);
      if (customerId == null) {
        FacesContext.getCurrentInstance()
            .addMessage(
                "registerForm:customerPhone",
                new FacesMessage(
                    FacesMessage.SEVERITY_ERROR,
                    texts.fromBundle(ServicesMenu.BUNDLE, "register.noCustomer"),
                    null));
        FacesContext.getCurrentInstance().validationFailed();
        return;
      }
    }
    Instant agreed = agreedAt == null ? null : agreedAt.atZone(clock.getZone()).toInstant();
    ServiceRequestView created;
    try {
      created =
          requests.register(
              new NewServiceRequest(
                  customerId, accountId, deviceSerial, kind, region, problem, agreed, null, null));
    } catch (RuntimeException e) {
      errors.show(e, "registerForm", ServicesMenu.BUNDLE);
      return;
    }
    try {
      FacesContext faces = FacesContext.getCurrentInstance();
      faces.getExternalContext().getFlash().setKeepMessages(true);
      faces.addMessage(
          null, new FacesMessage(texts.fromBundle(ServicesMenu.BUNDLE, "register.done")));
      faces
          .getExternalContext()
          .redirect(
              faces.getExternalContext().getRequestContextPath()
                  + "/services/job.xhtml?id="
                  + created.id());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public RequestKind[] getKinds() {
    return RequestKind.values();
  }

  public RegionType[] getRegions() {
    return RegionType.values();
  }

  public String getCustomerPhone() {
    return customerPhone;
  }

  public void setCustomerPhone(String customerPhone) {
    this.customerPhone = customerPhone;
  }

  public Long getAccountId() {
    return accountId;
  }

  public void setAccountId(Long accountId) {
    this.accountId = accountId;
  }

  public String getDeviceSerial() {
    return deviceSerial;
  }

  public void setDeviceSerial(String deviceSerial) {
    this.deviceSerial = deviceSerial;
  }

  public RequestKind getKind() {
    return kind;
  }

  public void setKind(RequestKind kind) {
    this.kind = kind;
  }

  public RegionType getRegion() {
    return region;
  }

  public void setRegion(RegionType region) {
    this.region = region;
  }

  public String getProblem() {
    return problem;
  }

  public void setProblem(String problem) {
    this.problem = problem;
  }

  public LocalDateTime getAgreedAt() {
    return agreedAt;
  }

  public void setAgreedAt(LocalDateTime agreedAt) {
    this.agreedAt = agreedAt;
  }
}
