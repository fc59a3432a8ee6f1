package org.storecrm.accounts;

import jakarta.validation.constraints.Size;

/**
 * The five needs questions a visit answers (docs/domain.md, "Visit plans": who will use it, for
 * what, can they use it, what they value, and the budget and timing).
 */
public record NeedsAnswers(
    @Size(max = 500) String whoUses,
    @Size(max = 500) String forWhat,
    @Size(max = 500) String canUse,
    @Size(max = 500) String values,
    @Size(max = 500) String budget) {}
