package org.storecrm.bundles;

import java.util.List;

/**
 * The attach KPIs over months [from, to] (ISO, e.g. 2026-11): the total, and per store, consultant,
 * technician (SERVICE staff who sold at the counter, shown apart), main category and month.
 */
public record AttachReport(
    String from,
    String to,
    Long storeId,
    AttachRow total,
    List<AttachRow> stores,
    List<AttachRow> consultants,
    List<AttachRow> technicians,
    List<AttachRow> categories,
    List<AttachRow> months) {}
