package org.storecrm.customers.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import org.storecrm.customers.Classification;
import org.storecrm.customers.InvitationAnswer;
import org.storecrm.customers.InvitationKind;
import org.storecrm.customers.NewVipInvitation;
import org.storecrm.customers.VipInvitationView;
import org.storecrm.customers.VipKind;
import org.storecrm.customers.VipProfile;
import org.storecrm.customers.VipProfileChange;
import org.storecrm.customers.Vips;
import org.storecrm.platform.web.api.FormErrors;

/**
 * The VIP section of the card (issue 15): the VIP's kind, whether a manager has met them, the leads
 * they referred, and their invitations to events and gifts. Read when the card is a VIP's.
 */
@Named
@ViewScoped
public class VipProfileSection implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final String FORM = "vipProfileForm";

  @Inject CustomerCardPage page;
  @Inject transient Vips vips;
  @Inject transient FormErrors errors;
  @Inject transient Clock clock;

  private VipProfile profile;
  private Long readFor;
  private VipKind kind;
  private LocalDate invitationDate;
  private InvitationKind invitationKind = InvitationKind.EVENT;
  private String invitationWhat;

  /** The VIP's profile; null unless the card is a VIP's. */
  public VipProfile getProfile() {
    if (page.getCard() == null || page.getCard().classification() != Classification.VIP) {
      return null;
    }
    if (profile == null || !page.getId().equals(readFor)) {
      read();
    }
    return profile;
  }

  private void read() {
    profile = vips.profile(page.getId());
    readFor = page.getId();
    kind = profile.kind();
    if (invitationDate == null) {
      invitationDate = LocalDate.now(clock);
    }
  }

  public void saveKind() {
    change(null, "vipProfile.saved");
  }

  /** A manager records having met the VIP in person (now). */
  public void recordMeeting() {
    change(true, "vipProfile.met");
  }

  private void change(Boolean met, String done) {
    try {
      profile = vips.change(page.getId(), new VipProfileChange(kind, met, profile.version()));
    } catch (RuntimeException e) {
      errors.showInForm(e, FORM, CustomersMenu.BUNDLE);
      return;
    }
    page.confirm(FORM, done);
  }

  public void invite() {
    try {
      vips.invite(
          page.getId(), new NewVipInvitation(invitationDate, invitationKind, invitationWhat, null));
    } catch (RuntimeException e) {
      errors.showInForm(e, FORM, CustomersMenu.BUNDLE);
      return;
    }
    invitationWhat = null;
    read();
    page.confirm(FORM, "vipProfile.invited");
  }

  public void accept(VipInvitationView invitation) {
    answer(invitation, true);
  }

  public void decline(VipInvitationView invitation) {
    answer(invitation, false);
  }

  private void answer(VipInvitationView invitation, boolean accepted) {
    try {
      vips.answer(
          page.getId(), invitation.id(), new InvitationAnswer(accepted, invitation.version()));
    } catch (RuntimeException e) {
      errors.showInForm(e, FORM, CustomersMenu.BUNDLE);
      return;
    }
    read();
    page.confirm(FORM, "vipProfile.answered");
  }

  public VipKind[] getKinds() {
    return VipKind.values();
  }

  public InvitationKind[] getInvitationKinds() {
    return InvitationKind.values();
  }

  public VipKind getKind() {
    return kind;
  }

  public void setKind(VipKind kind) {
    this.kind = kind;
  }

  public LocalDate getInvitationDate() {
    return invitationDate;
  }

  public void setInvitationDate(LocalDate invitationDate) {
    this.invitationDate = invitationDate;
  }

  public InvitationKind getInvitationKind() {
    return invitationKind;
  }

  public void setInvitationKind(InvitationKind invitationKind) {
    this.invitationKind = invitationKind;
  }

  public String getInvitationWhat() {
    return invitationWhat;
  }

  public void setInvitationWhat(String invitationWhat) {
    this.invitationWhat = invitationWhat;
  }
}
