package org.storecrm.bundles.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.storecrm.platform.InvalidSettingException;

/**
 * The bundles module's numbers, from MicroProfile Config; every default is written once, in
 * config/microprofile-config.properties, which documents it. Checked at start-up, naming the key
 * and the value of a bad setting.
 */
@ApplicationScoped
public class BundlesSettings {
  @Inject
  @ConfigProperty(name = "storecrm.bundles.recent-purchase-days")
  int recentPurchaseDays;

  void validateAtStartup(@Observes @Initialized(ApplicationScoped.class) Object started) {
    validate();
  }

  void validate() {
    InvalidSettingException.require(
        recentPurchaseDays >= 0,
        "storecrm.bundles.recent-purchase-days",
        recentPurchaseDays,
        "0 or more");
  }

  /** What the customer bought this recently is never suggested again. */
  Duration recentPurchase() {
    return Duration.ofDays(recentPurchaseDays);
  }
}
