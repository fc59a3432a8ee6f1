package org.storecrm.sales;

import java.math.BigDecimal;

/**
 * How many of the period's opportunities reached a stage, and the conversion from the stage before
 * in percent (null for the first stage or when none reached the one before).
 */
public record FunnelStage(Stage stage, long reached, BigDecimal conversion) {}
