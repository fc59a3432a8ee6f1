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

  public Element category() {
    return at("complaintForm:category");
  }

  public Element channel() {
    return at("complaintForm:channel");
  }

  public Element compensationKind() {
    return at("complaintForm:compensationKind");
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
}
