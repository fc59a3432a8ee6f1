package org.storecrm.platform;

import java.util.List;

/**
 * One card of the home page: a title, a headline figure, a few lines below it and a link.
 *
 * @param id the card's element id on the page, e.g. {@code card-followups-due}
 * @param bundle base name of the message bundle that holds {@code title}
 * @param title key of the card's title in {@code bundle}
 * @param order position among all cards, ascending
 * @param figure the headline figure, formatted for the user
 * @param lines a few lines of detail (e.g. the first customers due), formatted; may be empty
 * @param outcome the view id the card links to, e.g. {@code /customers/follow-ups.xhtml}; null for
 *     none
 */
public record HomeCard(
    String id,
    String bundle,
    String title,
    int order,
    String figure,
    List<String> lines,
    String outcome) {
  public HomeCard {
    lines = List.copyOf(lines);
  }
}
