package org.storecrm.services.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.storecrm.platform.CurrentUser;
import org.storecrm.platform.Role;
import org.storecrm.platform.web.api.FormErrors;
import org.storecrm.platform.web.api.Texts;
import org.storecrm.services.RequestDispatch;
import org.storecrm.services.RequestFeedback;
import org.storecrm.services.RequestProgress;
import org.storecrm.services.RequestStatus;
import org.storecrm.services.ServiceRequestView;
import org.storecrm.services.ServiceRequests;
import org.storecrm.services.TechnicianLoad;

/**
 * One service request ({@code ?id=}): its details and promise; for a manager the dispatch to a
 * technician; for the assigned technician the check-in on site, work notes, parts, the customer's
 * signature and completion; once done, the client's score. Usable on a phone.
 */
@Named
@ViewScoped
public class JobPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient ServiceRequests requests;
  @Inject transient CurrentUser user;
  @Inject transient FormErrors errors;
  @Inject transient Texts texts;

  private Long id;
  private ServiceRequestView job;
  private List<TechnicianLoad> technicians;
  private Long technicianId;
  private String notes;
  private String parts;
  private String signature;
  private Integer score;
  private String comment;

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

  private void show(ServiceRequestView view) {
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
