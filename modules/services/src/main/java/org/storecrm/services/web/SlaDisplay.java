package org.storecrm.services.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.storecrm.services.internal.ServicesSettings;

/** The SLA's numbers the pages' countdowns need (the warning time marks a request at risk). */
@Named
@ApplicationScoped
public class SlaDisplay {
  @Inject ServicesSettings settings;

  public long getWarnMinutes() {
    return settings.slaWarning().toMinutes();
  }
}
