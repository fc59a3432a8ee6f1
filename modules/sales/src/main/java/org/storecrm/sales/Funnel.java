package org.storecrm.sales;

import java.util.List;

/**
 * The funnel of the opportunities opened in a month (a cohort), optionally for one consultant or
 * one customer source: each stage of the way with its conversion, and how many were lost.
 */
public record Funnel(
    String month, Long consultantId, String source, List<FunnelStage> stages, long lost) {}
