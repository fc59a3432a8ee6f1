package org.storecrm.sales;

/** One suggestion made at the checkout and what became of it. */
public record ChecklistEntry(
    String code,
    long forProductId,
    SuggestionKind kind,
    Long productId,
    String family,
    String talkingPoint,
    ChecklistOutcome outcome) {}
