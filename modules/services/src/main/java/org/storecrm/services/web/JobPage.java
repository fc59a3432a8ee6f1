package org.storecrm.services.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.storecrm.platform.CurrentUser;
import org.storecrm.platform.PageRequest;
import org.storecrm.platform.Role;
import org.storecrm.platform.web.api.FormErrors;
import org.storecrm.platform.web.api.Texts;
import org.storecrm.sales.Checkout;
import org.storecrm.sales.NewOrder;
import org.storecrm.sales.OrderLineInput;
import org.storecrm.sales.Payment;
import org.storecrm.services.PlanOfferFilter;
import org.storecrm.services.PlanOfferStatus;
import org.storecrm.services.PlanOfferView;
import org.storecrm.services.RequestDispatch;
import org.storecrm.services.RequestFeedback;
import org.storecrm.services.RequestProgress;
import org.storecrm.services.RequestStatus;
import org.storecrm.services.ServicePlanOffers;
import org.storecrm.services.ServiceRequestView;
import org.storecrm.services.ServiceRequests;
import org.storecrm.services.TechnicianLoad;

/**
 * One service request ({@code ?id=}): its details and promise; for a manager the dispatch to a
 * technician; for the assigned technician the check-in on site, work notes, parts, the customer's
 * signature and completion; once done, the client's score; the service plans still on offer for the
 * client's devices (the installation is one of the moments to offer them again). Usable on a phone.
 */
@Named
@ViewScoped
public class JobPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient ServiceRequests requests;
  @Inject transient CurrentUser user;
  @Inject transient FormErrors errors;
  @Inject transient Texts texts;
  @Inject transient ServicePlanOffers planOffers;
  @Inject transient Checkout checkout;

  private Long id;
  private ServiceRequestView job;
  private List<TechnicianLoad> technicians;
  private Long technicianId;
  private String notes;
  private String parts;
  private String signature;
  private Integer score;
  private String comment;
  private List<PlanOfferView> openOffers = List.of();
  private Payment offerPayment = Payment.CARD;
  private Long planOrderId;

  public void load() {
    if (id == null) {
      throw new org.storecrm.platform.RecordNotFoundException("ServiceRequest", "none");
    }
    show(requests.get(id));
    if (isManager()) {
      technicians = requests.technicians();
    }
  }

  public void dispatch() {
    act(() -> requests.dispatch(id, new RequestDispatch(technicianId)), "job.dispatched");
  }

  public void arrive() {
    act(
        () -> requests.progress(id, new RequestProgress(RequestStatus.ON_SITE, notes, parts, null)),
        "job.arrived");
  }

  public void saveNotes() {
    act(
        () -> requests.progress(id, new RequestProgress(RequestStatus.ON_SITE, notes, parts, null)),
        "job.saved");
  }

  public void complete() {
    if (signature == null || signature.isBlank()) {
      FacesContext.getCurrentInstance()
          .addMessage(
              "jobForm:signature",
              new FacesMessage(
                  FacesMessage.SEVERITY_ERROR,
                  texts.fromBundle(ServicesMenu.BUNDLE, "job.signatureRequired"),
                  null));
      return;
    }
    act(
        () ->
            requests.progress(id, new RequestProgress(RequestStatus.DONE, notes, parts, signature)),
        "job.completed");
  }

  public void feedback() {
    act(() -> requests.feedback(id, new RequestFeedback(score, comment)), "job.feedbackSaved");
  }

  private void act(Supplier<ServiceRequestView> action, String doneKey) {
    try {
      show(action.get());
    } catch (RuntimeException e) {
      errors.show(e, "jobForm", ServicesMenu.BUNDLE);
      return;
    }
    if (isManager()) {
      technicians = requests.technicians();
    }
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(texts.fromBundle(ServicesMenu.BUNDLE, doneKey)));
  }

  /**
   * The customer takes a plan of an open offer: it is sold here for the offer's device, credited to
   * the caller (the technician), and the sale closes the offer as accepted. The key makes a double
   * click sell it once.
   */
  public void sellPlan(long offerId, long planProductId) {
    PlanOfferView offer =
        openOffers.stream().filter(o -> o.id() == offerId).findFirst().orElse(null);
    if (offer == null) {
      openOffers = findOpenOffers(job);
      return;
    }
    OrderLineInput line = new OrderLineInput(planProductId, 1, null, null, offer.serial(), null);
    try {
      planOrderId =
          checkout
              .submit(
                  new NewOrder(
                      offer.customerId(),
                      List.of(line),
                      List.of(),
                      offerPayment,
                      null,
                      null,
                      null,
                      null,
                      null),
                  "job-" + id + "-offer-" + offerId + "-plan-" + planProductId)
              .order()
              .id();
    } catch (RuntimeException e) {
      errors.show(e, "jobForm", ServicesMenu.BUNDLE);
      return;
    } finally {
      openOffers = findOpenOffers(job);
    }
    FacesContext.getCurrentInstance()
        .addMessage(
            null,
            new FacesMessage(texts.fromBundle(ServicesMenu.BUNDLE, "job.offerSold", planOrderId)));
  }

  /** The customer declined the plans of an open offer: it closes and leaves the list. */
  public void declineOffer(long offerId) {
    try {
      planOffers.decline(offerId);
    } catch (RuntimeException e) {
      errors.show(e, "jobForm", ServicesMenu.BUNDLE);
      return;
    } finally {
      openOffers = findOpenOffers(job);
    }
    FacesContext.getCurrentInstance()
        .addMessage(
            null, new FacesMessage(texts.fromBundle(ServicesMenu.BUNDLE, "job.offerDeclined")));
  }

  /**
   * The open offers of the job's client and of its device (a device may have been sold to another
   * name), for the roles that offer plans.
   */
  private List<PlanOfferView> findOpenOffers(ServiceRequestView view) {
    if (!(user.hasRole(Role.SERVICE)
        || user.hasRole(Role.CONSULTANT)
        || user.hasRole(Role.MANAGER)
        || user.hasRole(Role.ADMIN))) {
      return List.of();
    }
    Map<Long, PlanOfferView> found = new LinkedHashMap<>();
    PageRequest first = new PageRequest(0, 50, "soldAt", false);
    if (view.customerId() != null) {
      planOffers
          .find(new PlanOfferFilter(view.customerId(), null, null, PlanOfferStatus.OPEN), first)
          .items()
          .forEach(o -> found.put(o.id(), o));
    }
    if (view.deviceSerial() != null && !view.deviceSerial().isBlank()) {
      planOffers
          .find(new PlanOfferFilter(null, view.deviceSerial(), null, PlanOfferStatus.OPEN), first)
          .items()
          .forEach(o -> found.put(o.id(), o));
    }
    return found.values().stream().filter(o -> !o.plans().isEmpty()).toList();
  }

  public List<PlanOfferView> getOpenOffers() {
    return openOffers;
  }

  /** The order that sold a plan from this page, for its receipt link. */
  public Long getPlanOrderId() {
    return planOrderId;
  }

  /** Payments a technician takes on site: a business account's credit is the counter's. */
  public List<Payment> getOfferPayments() {
    return List.of(Payment.CARD, Payment.CASH);
  }

  public Payment getOfferPayment() {
    return offerPayment;
  }

  public void setOfferPayment(Payment offerPayment) {
    this.offerPayment = offerPayment;
  }

  private void show(ServiceRequestView view) {
    openOffers = findOpenOffers(view);
    job = view;
    technicianId = view.technicianId();
    notes = view.notes();
    parts = view.parts();
    signature = view.signature();
  }

  public boolean isManager() {
    return user.hasRole(Role.MANAGER) || user.hasRole(Role.ADMIN);
  }

  public boolean isDispatchable() {
    return isManager()
        && (job.status() == RequestStatus.REGISTERED || job.status() == RequestStatus.DISPATCHED);
  }

  /** The assigned technician, while the job is open. */
  public boolean isWorking() {
    return user.hasRole(Role.SERVICE)
        && job.status().open()
        && job.status() != RequestStatus.REGISTERED
        && Objects.equals(job.technicianId(), user.userId().orElse(null));
  }

  public boolean isFeedbackOpen() {
    return job.status() == RequestStatus.DONE
        && job.feedbackScore() == null
        && !user.hasRole(Role.ACCOUNT_MANAGER)
        && (!user.hasRole(Role.SERVICE)
            || Objects.equals(job.technicianId(), user.userId().orElse(null)));
  }

  public String getUrgency() {
    return RequestLabels.urgency(job);
  }

  public String getTimeLeft() {
    return RequestLabels.minutes(job.minutesLeft());
  }

  public String getLate() {
    return job.breachMinutes() == null ? "" : RequestLabels.minutes(job.breachMinutes());
  }

  public List<TechnicianLoad> getTechnicians() {
    return technicians;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public ServiceRequestView getJob() {
    return job;
  }

  public Long getTechnicianId() {
    return technicianId;
  }

  public void setTechnicianId(Long technicianId) {
    this.technicianId = technicianId;
  }

  public String getNotes() {
    return notes;
  }

  public void setNotes(String notes) {
    this.notes = notes;
  }

  public String getParts() {
    return parts;
  }

  public void setParts(String parts) {
    this.parts = parts;
  }

  public String getSignature() {
    return signature;
  }

  public void setSignature(String signature) {
    this.signature = signature;
  }

  public Integer getScore() {
    return score;
  }

  public void setScore(Integer score) {
    this.score = score;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }
}
