package org.storecrm.sales;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Moves an opportunity on. LOST needs a {@code lostReasonId} from the customers module's list (with
 * an optional competitor and note); ORDERED may name the order. A {@code version} (optional) is the
 * one the mover read: when the opportunity changed since, the move is refused as stale.
 */
public record StageMove(
    @NotNull Stage stage,
    Long lostReasonId,
    @Size(max = 100) String competitor,
    @Size(max = 1000) String note,
    Long orderId,
    Long version) {}
