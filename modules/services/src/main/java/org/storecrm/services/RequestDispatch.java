package org.storecrm.services;

import jakarta.validation.constraints.NotNull;

/** A manager sends a request to a technician of the store. */
public record RequestDispatch(@NotNull Long technicianId) {}
