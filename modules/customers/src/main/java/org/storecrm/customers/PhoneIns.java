package org.storecrm.customers;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * The phone-in register's checklist (issue 15): a call recorded with the chain's steps; "can't
 * answer now" opens a promised callback (a planned contact, purpose CALLBACK, in the queue of the
 * consultant who took the call; without a card it carries the caller's name and phone); after the
 * call a care message goes to the caller's phone through the notification gateway. CONSULTANT and
 * MANAGER of a store.
 */
public interface PhoneIns {
  PhoneInView record(@NotNull @Valid NewPhoneIn call);
}
