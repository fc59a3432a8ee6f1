package org.storecrm.customers.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.storecrm.customers.ComplaintChanges;
import org.storecrm.customers.ComplaintStatus;
import org.storecrm.customers.ComplaintView;
import org.storecrm.customers.Complaints;
import org.storecrm.platform.CurrentUser;
import org.storecrm.platform.PageRequest;
import org.storecrm.platform.Role;
import org.storecrm.platform.StaffDirectory;
import org.storecrm.platform.UserFilter;
import org.storecrm.platform.UserView;
import org.storecrm.platform.web.api.FormErrors;
import org.storecrm.platform.web.api.Texts;

/**
 * One complaint ({@code ?id=}): its details, and for its owner or a manager the form that moves it
 * on and resolves it; a manager also hands it to someone else of the store.
 */
@Named
@ViewScoped
public class ComplaintEdit implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient Complaints complaints;
  @Inject transient StaffDirectory staff;
  @Inject transient CurrentUser user;
  @Inject transient FormErrors errors;
  @Inject transient Texts texts;

  private Long id;
  private ComplaintView complaint;
  private ComplaintStatus status;
  private String resolution;
  private Long ownerId;
  private List<UserView> owners;

  public void load() {
    show(complaints.get(id));
    if (isManager()) {
      owners =
          staff
              .find(
                  new UserFilter(null, null, complaint.storeId(), true),
                  new PageRequest(0, 200, "fullName", true))
              .items()
              .stream()
              .filter(u -> u.role() != Role.ADMIN)
              .toList();
    }
  }

  public void save() {
    try {
      show(
          complaints.update(
              id, new ComplaintChanges(status, resolution, ownerId, complaint.version())));
    } catch (RuntimeException e) {
      errors.show(e, "complaintForm", CustomersMenu.BUNDLE);
      return;
    }
    FacesContext.getCurrentInstance()
        .addMessage(
            null, new FacesMessage(texts.fromBundle(CustomersMenu.BUNDLE, "complaint.saved")));
  }

  private void show(ComplaintView view) {
    complaint = view;
    status = view.status();
    resolution = view.resolution();
    ownerId = view.ownerId();
  }

  public boolean isManager() {
    return user.hasRole(Role.MANAGER) || user.hasRole(Role.ADMIN);
  }

  /** Whether the form is offered: the owner or a manager, while the complaint is unresolved. */
  public boolean isEditable() {
    return complaint != null
        && complaint.status().isUnresolved()
        && (isManager() || user.userId().map(own -> own == complaint.ownerId()).orElse(false));
  }

  public ComplaintStatus[] getStatuses() {
    return ComplaintStatus.values();
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public ComplaintView getComplaint() {
    return complaint;
  }

  public ComplaintStatus getStatus() {
    return status;
  }

  public void setStatus(ComplaintStatus status) {
    this.status = status;
  }

  public String getResolution() {
    return resolution;
  }

  public void setResolution(String resolution) {
    this.resolution = resolution;
  }

  public Long getOwnerId() {
    return ownerId;
  }

  public void setOwnerId(Long ownerId) {
    this.ownerId = ownerId;
  }

  public List<UserView> getOwners() {
    return owners;
  }
}
