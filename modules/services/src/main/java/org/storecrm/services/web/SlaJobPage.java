package org.storecrm.services.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.storecrm.platform.web.api.FormErrors;
import org.storecrm.services.ServiceRequests;
import org.storecrm.services.SlaJobStatus;
import org.storecrm.services.SlaSweepReport;

/**
 * The administrator's SLA job screen: when the sweep last ran on any instance (a warning when that
 * is longer ago than the setting allows) and a button that runs it now.
 */
@Named
@RequestScoped
public class SlaJobPage {
  @Inject ServiceRequests requests;
  @Inject FormErrors errors;
  @Inject org.storecrm.platform.web.api.Texts texts;

  private SlaJobStatus status;
  private SlaSweepReport report;

  public SlaJobStatus getStatus() {
    if (status == null) {
      status = requests.slaJobStatus();
    }
    return status;
  }

  public void runNow() {
    try {
      report = requests.runSlaSweep();
      status = null;
    } catch (RuntimeException e) {
      errors.show(e, "slaForm", ServicesMenu.BUNDLE);
    }
  }

  /** The warning shown when the sweep has not run for longer than the setting allows. */
  public String getStaleText() {
    return texts.fromBundle(
        ServicesMenu.BUNDLE, "slaJob.stale", String.valueOf(getStatus().staleAfterMinutes()));
  }

  public SlaSweepReport getReport() {
    return report;
  }
}
