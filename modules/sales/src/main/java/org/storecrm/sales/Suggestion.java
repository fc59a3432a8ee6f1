package org.storecrm.sales;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * One suggestion for a basket: an accessory of the attach checklist, a service plan, or a step-up
 * from a traffic product.
 *
 * @param code unique within one basket's advice and stable for the same basket (e.g. {@code
 *     camera.memory-card:1203}); the checklist answers refer to it
 * @param forProductId the basket product it belongs to
 * @param productId the suggested product, when it is one of the catalogue
 * @param family the kind of thing suggested, e.g. "memory card", "Gold card"
 * @param talkingPoint what to tell the customer
 * @param rank lower first (advisors rank for margin)
 */
public record Suggestion(
    @NotBlank @Size(max = 80) String code,
    long forProductId,
    @NotNull SuggestionKind kind,
    Long productId,
    @NotBlank @Size(max = 80) String family,
    @Size(max = 300) String talkingPoint,
    int rank) {}
