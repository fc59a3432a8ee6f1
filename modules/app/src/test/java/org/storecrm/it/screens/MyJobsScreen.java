package org.storecrm.it.screens;

import org.storecrm.it.Browser;

/** A technician's jobs. Page: {@code services/my-jobs.xhtml}. */
public final class MyJobsScreen extends Screen {
  public MyJobsScreen(Browser browser) {
    super(browser);
  }

  public Element jobs() {
    return at("jobsForm:jobs");
  }
}
