package org.storecrm.customers;

import java.util.List;
import java.util.Locale;

/**
 * A section another module adds to the customer card (services: the customer's service contracts),
 * so the card shows what the customer holds elsewhere without this module knowing those modules.
 * Implementations are CDI beans; the card asks each once per view, for the signed-in caller.
 */
public interface CustomerCardSection {
  /** Sections appear in ascending order, after the card's own details. */
  int order();

  /** The section's element id on the page (letters, digits and dashes). */
  String id();

  /** The heading, in the viewer's language. */
  String title(Locale locale);

  /** The customer's lines, in the viewer's language; none hides the section. */
  List<Line> lines(long customerId, Locale locale);

  /**
   * One line of a section.
   *
   * @param link a page of the application (e.g. {@code /services/lookup.xhtml?serial=…}), or null
   */
  record Line(String text, String link) implements java.io.Serializable {}
}
