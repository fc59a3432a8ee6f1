package org.storecrm.services;

import java.time.Instant;
import java.util.List;

/**
 * What covers a device: the contracts side of the module answers, the service requests ask when a
 * request is registered and the dispatch board shows it. A device is covered chain-wide: a contract
 * sold in one store is honoured in every store.
 */
public interface ServiceCoverage {
  /** The contracts covering the device with this serial at that moment, on-site plans first. */
  List<Coverage> covering(String serial, Instant at);
}
