package org.storecrm.customers.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.storecrm.customers.FollowUps;
import org.storecrm.customers.SweepReport;
import org.storecrm.platform.web.api.FormErrors;

/** An administrator runs the follow-up sweep now instead of waiting for the hourly timer. */
@Named
@RequestScoped
public class SweepPage {
  @Inject FollowUps followUps;
  @Inject FormErrors errors;

  private SweepReport report;

  public void runNow() {
    try {
      report = followUps.runSweep();
    } catch (RuntimeException e) {
      errors.show(e, "sweepForm", CustomersMenu.BUNDLE);
    }
  }

  public SweepReport getReport() {
    return report;
  }
}
