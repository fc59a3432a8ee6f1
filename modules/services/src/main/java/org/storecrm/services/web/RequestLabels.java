package org.storecrm.services.web;

import org.storecrm.services.ServiceRequestView;

/** How a request's urgency shows on the board and the job pages. */
final class RequestLabels {
  private RequestLabels() {}

  static String urgency(ServiceRequestView row) {
    if (row.onSiteAt() != null || !row.status().open()) {
      return row.breached() ? "sla-missed" : "sla-kept";
    }
    if (row.breached()) {
      return "sla-late";
    }
    return row.atRisk() ? "sla-at-risk" : "sla-ok";
  }

  /** Minutes as "1h 05m", negative as "-0h 15m". */
  static String minutes(long minutes) {
    long abs = Math.abs(minutes);
    return (minutes < 0 ? "-" : "") + abs / 60 + "h " + String.format("%02d", abs % 60) + "m";
  }
}
