package org.storecrm.platform.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The one clock of the application; its zone is the chain's business day. */
@ApplicationScoped
public class ClockProducer {
  @Inject
  @ConfigProperty(name = "storecrm.zone", defaultValue = "Asia/Shanghai")
  String zone;

  @Produces
  @Singleton // not a proxy: Clock is a JDK class
  Clock clock() {
    return Clock.system(ZoneId.of(zone));
  }
}
