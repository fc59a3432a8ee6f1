package org.storecrm.platform.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.storecrm.platform.InvalidSettingException;

/** The one clock of the application; its zone is the chain's business day. */
@ApplicationScoped
public class ClockProducer {
  @Inject
  @ConfigProperty(name = "storecrm.zone")
  String zone;

  @Produces
  @Singleton // not a proxy: Clock is a JDK class
  Clock clock() {
    try {
      return Clock.system(ZoneId.of(zone.trim()));
    } catch (DateTimeException e) {
      throw new InvalidSettingException(
          "storecrm.zone", zone, "a time zone such as Asia/Shanghai", e);
    }
  }
}
