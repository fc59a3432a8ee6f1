package org.storecrm.it.screens;

import org.storecrm.it.Browser;

/**
 * {@code services/job.xhtml}: A service job: dispatch, arrival, parts, completion with signature,
 * plan offers, feedback.
 */
public final class JobScreen extends Screen {
  public JobScreen(Browser browser) {
    super(browser);
  }

  public Element arrive() {
    return at("jobForm:arrive");
  }

  public Element complete() {
    return at("jobForm:complete");
  }

  public Element dispatch() {
    return at("jobForm:dispatch");
  }

  public Element messages() {
    return at("jobForm:messages");
  }

  public Element notes() {
    return at("jobForm:notes");
  }

  public Element offerPayment() {
    return at("jobForm:offerPayment");
  }

  public Element offersDeclineOffer(int row) {
    return at("jobForm:offers:" + row + ":declineOffer");
  }

  public Element offersPlansSellPlan(int offer, int plan) {
    return at("jobForm:offers:" + offer + ":plans:" + plan + ":sellPlan");
  }

  public Element parts() {
    return at("jobForm:parts");
  }

  public Element planOffers() {
    return at("jobForm:planOffers");
  }

  public Element planReceipt() {
    return at("jobForm:planReceipt");
  }

  public Element saveFeedback() {
    return at("jobForm:saveFeedback");
  }

  public Element score() {
    return at("jobForm:score");
  }

  public Element signature() {
    return at("jobForm:signature");
  }

  public Element technicianId() {
    return at("jobForm:technicianId");
  }

  public Element jobFeedback() {
    return at("job-feedback");
  }

  public Element jobParts() {
    return at("job-parts");
  }

  public Element jobSerial() {
    return at("job-serial");
  }

  public Element jobSigned() {
    return at("job-signed");
  }

  public Element jobStatus() {
    return at("job-status");
  }

  public Element jobTechnician() {
    return at("job-technician");
  }
}
