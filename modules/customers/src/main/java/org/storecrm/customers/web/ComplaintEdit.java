package org.storecrm.customers.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.storecrm.customers.CompensationKind;
import org.storecrm.customers.ComplaintCardLink;
import org.storecrm.customers.ComplaintChanges;
import org.storecrm.customers.ComplaintStatus;
import org.storecrm.customers.ComplaintView;
import org.storecrm.customers.Complaints;
import org.storecrm.customers.RootCause;
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
  private CompensationKind compensationKind;
  private BigDecimal compensationAmount;
  private String compensationNote;
  private RootCause rootCause;
  private String rootCauseNote;
  private Long linkCustomerId;

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
              id,
              new ComplaintChanges(
                  status,
                  resolution,
                  ownerId,
                  complaint.version(),
                  compensationKind,
                  compensationKind != null && compensationKind.isMoney()
                      ? compensationAmount
                      : null,
                  compensationNote,
                  rootCause,
                  rootCauseNote)));
    } catch (RuntimeException e) {
      errors.show(e, "complaintForm", CustomersMenu.BUNDLE);
      return;
    }
    FacesContext.getCurrentInstance()
        .addMessage(
            null, new FacesMessage(texts.fromBundle(CustomersMenu.BUNDLE, "complaint.saved")));
  }

  /** Links the card of a complaint logged without one (the owner or a manager). */
  public void linkCard() {
    try {
      show(complaints.linkCard(id, new ComplaintCardLink(linkCustomerId, complaint.version())));
    } catch (RuntimeException e) {
      errors.show(e, "linkForm", CustomersMenu.BUNDLE);
      return;
    }
    linkCustomerId = null;
    FacesContext.getCurrentInstance()
        .addMessage(
            null, new FacesMessage(texts.fromBundle(CustomersMenu.BUNDLE, "complaint.cardLinked")));
  }

  private void show(ComplaintView view) {
    complaint = view;
    status = view.status();
    resolution = view.resolution();
    ownerId = view.ownerId();
    compensationKind = view.compensationKind();
    compensationAmount = view.compensationAmount();
    compensationNote = view.compensationNote();
    rootCause = view.rootCause();
    rootCauseNote = view.rootCauseNote();
  }

  public CompensationKind[] getCompensationKinds() {
    return CompensationKind.values();
  }

  public RootCause[] getRootCauses() {
    return RootCause.values();
  }

  public CompensationKind getCompensationKind() {
    return compensationKind;
  }

  public void setCompensationKind(CompensationKind compensationKind) {
    this.compensationKind = compensationKind;
  }

  public BigDecimal getCompensationAmount() {
    return compensationAmount;
  }

  public void setCompensationAmount(BigDecimal compensationAmount) {
    this.compensationAmount = compensationAmount;
  }

  public String getCompensationNote() {
    return compensationNote;
  }

  public void setCompensationNote(String compensationNote) {
    this.compensationNote = compensationNote;
  }

  public RootCause getRootCause() {
    return rootCause;
  }

  public void setRootCause(RootCause rootCause) {
    this.rootCause = rootCause;
  }

  public String getRootCauseNote() {
    return rootCauseNote;
  }

  public void setRootCauseNote(String rootCauseNote) {
    this.rootCauseNote = rootCauseNote;
  }

  public Long getLinkCustomerId() {
    return linkCustomerId;
  }

  public void setLinkCustomerId(Long linkCustomerId) {
    this.linkCustomerId = linkCustomerId;
  }

  /** Whether the card can be linked here: no card yet, and the owner or a manager. */
  public boolean isLinkable() {
    return complaint != null
        && complaint.customerId() == null
        && (isManager() || user.userId().map(own -> own == complaint.ownerId()).orElse(false));
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
