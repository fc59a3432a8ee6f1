package org.storecrm.platform.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.storecrm.platform.rest.InputRules;

/**
 * The platform's numbers, from MicroProfile Config; every default is written once, in
 * config/microprofile-config.properties, which documents it. Checked at start-up: a nonsensical
 * value stops the application rather than the first request that needs it.
 */
@ApplicationScoped
public class PlatformSettings {
  @Inject
  @ConfigProperty(name = "storecrm.input.earliest-date")
  String earliestDate;

  @Inject
  @ConfigProperty(name = "storecrm.input.latest-years-ahead")
  int latestYearsAhead;

  @Inject Clock clock;

  void validateAtStartup(@Observes @Initialized(ApplicationScoped.class) Object started) {
    validate();
  }

  void validate() {
    try {
      LocalDate.parse(earliestDate);
    } catch (DateTimeParseException e) {
      throw new IllegalStateException(
          "Invalid setting: storecrm.input.earliest-date must be a date (yyyy-MM-dd)", e);
    }
    if (latestYearsAhead < 1) {
      throw new IllegalStateException("Invalid setting: storecrm.input.latest-years-ahead >= 1");
    }
  }

  /** The input rules of today: plausible dates from the earliest setting to years ahead. */
  public InputRules inputRules() {
    return new InputRules(
        LocalDate.parse(earliestDate), LocalDate.now(clock).plusYears(latestYearsAhead));
  }
}
