package org.storecrm.platform.web.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Shows instants in the chain's business zone and the viewer's language: {@code
 * #{dates.dateTime(card.nextFollowUpDue)}}.
 */
@Named
@ApplicationScoped
public class Dates {
  @Inject Clock clock;

  public String dateTime(Instant instant) {
    return format(instant, FormatStyle.SHORT);
  }

  /** To the second, for records of what happened when (the audit trail). */
  public String moment(Instant instant) {
    return format(instant, FormatStyle.MEDIUM);
  }

  private String format(Instant instant, FormatStyle timeStyle) {
    if (instant == null) {
      return "";
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    Locale locale =
        faces != null && faces.getViewRoot() != null
            ? faces.getViewRoot().getLocale()
            : Locale.ENGLISH;
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, timeStyle)
        .withLocale(locale)
        .withZone(clock.getZone())
        .format(instant);
  }
}
