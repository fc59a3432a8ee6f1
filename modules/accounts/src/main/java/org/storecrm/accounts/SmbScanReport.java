package org.storecrm.accounts;

import java.time.Instant;
import java.util.List;

/**
 * What a run of the weekly SMB scan did.
 *
 * @param buyers customers who bought in the recent window, all stores
 * @param listed new finds, each now a handover in an account manager's queue
 * @param alreadyListed finds listed by an earlier scan or already in a queue (not listed again)
 * @param withoutAccountManager finds in stores without an active account manager, left for a later
 *     run
 * @param finds the new finds with their reasons (at most 200)
 */
public record SmbScanReport(
    Instant ranAt,
    String week,
    int buyers,
    int listed,
    int alreadyListed,
    int withoutAccountManager,
    List<Find> finds) {
  /** A buyer listed by this run: whose queue, and why. */
  public record Find(
      long customerId,
      long storeId,
      String customerName,
      long handoverId,
      long accountManagerId,
      ScanReason reason) {}
}
