package org.storecrm.customers;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Set;

/**
 * A phone-in as the consultant takes it, with the chain's checklist ({@code steps}, the steps
 * done). On a card ({@code customerId}) or not (the caller's name and phone when they left them;
 * {@code language} {@code zh_CN} or {@code en} for the care message, the card's language
 * otherwise). {@code cannotAnswerNow} promises a callback, due at {@code callbackBy} or {@code
 * storecrm.customers.phone-in-callback-hours} after the call.
 */
public record NewPhoneIn(
    Long customerId,
    @Size(max = 100) String callerName,
    @Size(max = 30) String callerPhone,
    @Pattern(regexp = "zh_CN|en") String language,
    @Size(max = 200) String purpose,
    @NotBlank @Size(max = 200) String outcome,
    @Size(max = 1000) String note,
    @NotNull Set<PhoneInStep> steps,
    boolean cannotAnswerNow,
    Instant callbackBy) {}
