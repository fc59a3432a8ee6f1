package org.storecrm.bundles.probe.crossboundary;

import org.storecrm.customers.rest.CustomersResource;
import org.storecrm.sales.web.CounterPage;

/**
 * A class in bundles that reaches into sales' screens and customers' REST resources, neither of
 * them an API package: the boundary rule must reject it (it lives in the test sources only).
 */
public class ProbeAttachReport {
  CounterPage counter;
  CustomersResource customers;
}
