package org.storecrm.sales;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The consultant's answer to one suggestion of the advice, by its code. */
public record ChecklistAnswer(
    @NotBlank @Size(max = 80) String code, @NotNull ChecklistOutcome outcome) {}
