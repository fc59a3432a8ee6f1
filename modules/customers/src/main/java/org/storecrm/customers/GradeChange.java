package org.storecrm.customers;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Sets an intent customer's grade; the reason goes into the card's history. */
public record GradeChange(@NotNull IntentGrade grade, @Size(max = 200) String reason) {}
