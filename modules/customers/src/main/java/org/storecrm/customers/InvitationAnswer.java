package org.storecrm.customers;

import jakarta.validation.constraints.NotNull;

/** The VIP's answer to an invitation; {@code version} is the invitation's, as read. */
public record InvitationAnswer(@NotNull Boolean accepted, @NotNull Long version) {}
