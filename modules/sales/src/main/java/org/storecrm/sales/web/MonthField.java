package org.storecrm.sales.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.storecrm.platform.web.api.Texts;

/** A month typed as YYYY-MM on a report screen; a malformed one shows a message at the field. */
final class MonthField {
  private MonthField() {}

  static Optional<YearMonth> parse(String text, String clientId, Texts texts) {
    try {
      return Optional.of(YearMonth.parse(text == null ? "" : text.trim()));
    } catch (DateTimeParseException e) {
      FacesContext.getCurrentInstance()
          .addMessage(
              clientId,
              new FacesMessage(
                  FacesMessage.SEVERITY_ERROR,
                  texts.fromBundle(SalesMenu.BUNDLE, "report.monthInvalid"),
                  null));
      return Optional.empty();
    }
  }
}
