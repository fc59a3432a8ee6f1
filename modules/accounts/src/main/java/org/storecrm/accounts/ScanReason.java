package org.storecrm.accounts;

/**
 * Why the weekly scan listed a buyer: the rules it met and the figures behind them.
 *
 * @param week the ISO week of the scan, e.g. 2026-W49
 * @param company a company customer who bought in the scan's recent window
 * @param orders the buyer's orders over the look-back window
 * @param multiUnitOrders of those, the multi-unit purchases of business categories
 * @param businessUnits units of business categories kept over the look-back window
 */
public record ScanReason(
    String week, boolean company, int orders, int multiUnitOrders, int businessUnits) {}
