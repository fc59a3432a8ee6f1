package org.storecrm.customers;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** An invitation to record for a VIP; {@code accepted} may follow later. */
public record NewVipInvitation(
    @NotNull LocalDate date,
    @NotNull InvitationKind kind,
    @NotBlank @Size(max = 200) String what,
    Boolean accepted) {}
