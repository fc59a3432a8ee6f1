package org.storecrm.it.screens;

import org.storecrm.it.Browser;

/** The audit log. Page: {@code admin/audit.xhtml}. */
public final class AuditScreen extends Screen {
  public AuditScreen(Browser browser) {
    super(browser);
  }

  public Element audit() {
    return at("auditForm:audit");
  }

  public Element auditRecordIdFilter() {
    return at("auditForm:audit:recordId:filter");
  }

  public Element auditRecordTypeFilter() {
    return at("auditForm:audit:recordTypeFilter");
  }

  public Element from() {
    return at("auditForm:from");
  }
}
