package org.storecrm.services.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The services module's numbers, from MicroProfile Config; every default is written once, in
 * config/microprofile-config.properties, which documents it.
 */
@ApplicationScoped
public class ServicesSettings {
  @Inject
  @ConfigProperty(name = "storecrm.services.sla.city-hours")
  int cityHours;

  @Inject
  @ConfigProperty(name = "storecrm.services.sla.county-hours")
  int countyHours;
}
