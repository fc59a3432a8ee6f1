package org.storecrm.app.probe.foreignevent;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.storecrm.customers.Purchase;

/**
 * A probe for {@code ArchitectureTest}: a class outside the customers module that fires a record of
 * the customers API, as sales once fired the customers-declared {@code SaleCompleted}. The event
 * rule must reject it: a module fires only the events its own API declares.
 */
public class ProbeForeignEvent {
  @Inject Event<Purchase> purchases;
}
