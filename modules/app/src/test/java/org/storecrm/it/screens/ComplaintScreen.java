package org.storecrm.it.screens;

import org.storecrm.it.Browser;

/**
 * {@code customers/complaint.xhtml}: A complaint: logging a new one (complaint-new.xhtml) and
 * working on it (complaint.xhtml), one form.
 */
public final class ComplaintScreen extends Screen {
  public ComplaintScreen(Browser browser) {
    super(browser);
  }

  public Element callerName() {
    return at("complaintForm:callerName");
  }

  public Element callerPhone() {
    return at("complaintForm:callerPhone");
  }

  public Element category() {
    return at("complaintForm:category");
  }

  public Element channel() {
    return at("complaintForm:channel");
  }

  public Element compensationKind() {
    return at("complaintForm:compensationKind");
  }

  public Element compensationKindMessage() {
    return at("complaintForm:compensationKind_message");
  }

  public Element rootCause() {
    return at("complaintForm:rootCause");
  }

  public Element description() {
    return at("complaintForm:description");
  }

  public Element log() {
    return at("complaintForm:log");
  }

  public Element resolution() {
    return at("complaintForm:resolution");
  }

  public Element resolutionMessage() {
    return at("complaintForm:resolution_message");
  }

  public Element save() {
    return at("complaintForm:save");
  }

  public Element status() {
    return at("complaintForm:status");
  }

  public Element complaintNumber() {
    return at("complaint-number");
  }

  public Element complaintOwner() {
    return at("complaint-owner");
  }

  public Element complaintResolution() {
    return at("complaint-resolution");
  }

  public Element complaintStatus() {
    return at("complaint-status");
  }

  /** A hotline complaint's caller (no card). */
  public Element caller() {
    return at("caller");
  }

  public Element complaintCallback() {
    return at("complaint-callback");
  }

  public Element complaintCompensation() {
    return at("complaint-compensation");
  }

  public Element complaintRootCause() {
    return at("complaint-root-cause");
  }

  /** The heading of the hotline form (complaint-new.xhtml without a card). */
  public Element hotlineTitle() {
    return at("hotlineTitle");
  }
}
