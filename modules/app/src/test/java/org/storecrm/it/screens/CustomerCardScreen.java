package org.storecrm.it.screens;

import org.storecrm.it.Browser;

/**
 * A customer's card ({@code customers/card.xhtml}): the header, the timeline and history, and one
 * form per card action (details, grade, contact, planned contact, appointment).
 */
public final class CustomerCardScreen extends Screen {
  public CustomerCardScreen(Browser browser) {
    super(browser);
  }

  // --- the header and what the card shows -------------------------------------------------

  public Element customerName() {
    return at("customer-name");
  }

  public Element customerGrade() {
    return at("customer-grade");
  }

  public Element customerClassification() {
    return at("customer-classification");
  }

  public Element customerBaseKind() {
    return at("customer-base-kind");
  }

  public Element nextFollowUp() {
    return at("next-follow-up");
  }

  public Element timeline() {
    return at("timeline");
  }

  /** The collapsed history fieldset ({@link Element#expand}) and its list. */
  public Element history() {
    return at("history");
  }

  public Element historyList() {
    return at("historyList");
  }

  /** The account handover section (a business customer's card). */
  public Element accountHandoverSection() {
    return at("card-section-account-handover");
  }

  public Element logComplaint() {
    return at("logComplaint");
  }

  public Element recordSurvey() {
    return at("recordSurvey");
  }

  // --- details form -----------------------------------------------------------------------

  public Element detailsName() {
    return at("detailsForm:name");
  }

  public Element saveDetails() {
    return at("detailsForm:saveDetails");
  }

  public Element detailsMessages() {
    return at("detailsForm:messages");
  }

  // --- grade form -------------------------------------------------------------------------

  public Element newGrade() {
    return at("gradeForm:grade");
  }

  public Element gradeReason() {
    return at("gradeForm:reason");
  }

  public Element setGrade() {
    return at("gradeForm:setGrade");
  }

  public Element gradeMessages() {
    return at("gradeForm:messages");
  }

  // --- contact form -----------------------------------------------------------------------

  public Element contactOutcome() {
    return at("contactForm:outcome");
  }

  public Element logContact() {
    return at("contactForm:logContact");
  }

  public Element contactMessages() {
    return at("contactForm:messages");
  }

  // --- planned contact form ---------------------------------------------------------------

  public Element planStep() {
    return at("planForm:step");
  }

  public Element planDueAt() {
    return at("planForm:dueAt");
  }

  public Element planPurpose() {
    return at("planForm:purpose");
  }

  public Element planContact() {
    return at("planForm:plan");
  }

  public Element planMessages() {
    return at("planForm:messages");
  }

  // --- appointment form -------------------------------------------------------------------

  public Element appointmentStartsAt() {
    return at("appointmentForm:startsAt");
  }

  public Element appointmentPurpose() {
    return at("appointmentForm:purpose");
  }

  public Element bookAppointment() {
    return at("appointmentForm:book");
  }

  public Element appointments() {
    return at("appointmentForm:list");
  }

  /** The button that settles an appointment (row from 0) with one of its outcomes (from 0). */
  public Element settleAppointment(int appointment, int outcome) {
    return at("appointmentForm:list:" + appointment + ":outcomes:" + outcome + ":settle");
  }

  // --- membership section -----------------------------------------------------------------

  public Element membershipSection() {
    return at("card-section-membership");
  }

  // --- VIP section ------------------------------------------------------------------------

  public Element vipReferrals() {
    return at("vip-referrals");
  }

  public Element vipMet() {
    return at("vip-met");
  }

  public Element vipKind() {
    return at("vipProfileForm:kind");
  }

  public Element saveVipKind() {
    return at("vipProfileForm:saveKind");
  }

  public Element recordVipMeeting() {
    return at("vipProfileForm:recordMeeting");
  }

  /** What the VIP is invited to. */
  public Element invitationWhat() {
    return at("vipProfileForm:what");
  }

  public Element inviteVip() {
    return at("vipProfileForm:invite");
  }

  public Element vipInvitations() {
    return at("vipProfileForm:invitations");
  }

  public Element vipProfileMessages() {
    return at("vipProfileMessages");
  }
}
