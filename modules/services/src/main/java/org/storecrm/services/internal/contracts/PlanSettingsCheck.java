package org.storecrm.services.internal.contracts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import org.storecrm.services.internal.ServicesSettings;

/** The application does not start with the plan settings out of range. */
@ApplicationScoped
public class PlanSettingsCheck {
  void atStart(@Observes @Initialized(ApplicationScoped.class) Object start, ServicesSettings s) {
    s.checkPlans();
  }
}
