package org.storecrm.it.screens;

import org.storecrm.it.Browser;

/**
 * {@code customers/card.xhtml}: A customer's card: details, grade, contacts, planned contacts,
 * appointments.
 */
public final class CustomerCardScreen extends Screen {
  public CustomerCardScreen(Browser browser) {
    super(browser);
  }

  public Element appointmentPurpose() {
    return at("appointmentForm:purpose");
  }

  public Element book() {
    return at("appointmentForm:book");
  }

  public Element contactMessages() {
    return at("contactForm:messages");
  }

  public Element detailsMessages() {
    return at("detailsForm:messages");
  }

  public Element dueAt() {
    return at("planForm:dueAt");
  }

  public Element grade() {
    return at("gradeForm:grade");
  }

  public Element gradeMessages() {
    return at("gradeForm:messages");
  }

  public Element list() {
    return at("appointmentForm:list");
  }

  public Element listOutcomesSettle(int appointment, int outcome) {
    return at("appointmentForm:list:" + appointment + ":outcomes:" + outcome + ":settle");
  }

  public Element logContact() {
    return at("contactForm:logContact");
  }

  public Element name() {
    return at("detailsForm:name");
  }

  public Element outcome() {
    return at("contactForm:outcome");
  }

  public Element plan() {
    return at("planForm:plan");
  }

  public Element planMessages() {
    return at("planForm:messages");
  }

  public Element planPurpose() {
    return at("planForm:purpose");
  }

  public Element reason() {
    return at("gradeForm:reason");
  }

  public Element saveDetails() {
    return at("detailsForm:saveDetails");
  }

  public Element setGrade() {
    return at("gradeForm:setGrade");
  }

  public Element startsAt() {
    return at("appointmentForm:startsAt");
  }

  public Element step() {
    return at("planForm:step");
  }

  public Element accountHandoverSection() {
    return at("card-section-account-handover");
  }

  public Element customerBaseKind() {
    return at("customer-base-kind");
  }

  public Element customerClassification() {
    return at("customer-classification");
  }

  public Element customerGrade() {
    return at("customer-grade");
  }

  public Element customerName() {
    return at("customer-name");
  }

  public Element history() {
    return at("history");
  }

  public Element historyList() {
    return at("historyList");
  }

  public Element logComplaint() {
    return at("logComplaint");
  }

  public Element nextFollowUp() {
    return at("next-follow-up");
  }

  public Element recordSurvey() {
    return at("recordSurvey");
  }

  public Element timeline() {
    return at("timeline");
  }
}
