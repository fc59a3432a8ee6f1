package org.storecrm.customers;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Why a deal was lost (战败) and to whom; the customer becomes a lost base customer.
 *
 * @param category the sales category of what was lost (e.g. NOTEBOOK), where known: the analysis
 *     groups by it
 */
public record LostSaleReport(
    @NotNull Long reasonId,
    @Size(max = 100) String competitor,
    @Size(max = 1000) String note,
    @Size(max = 30) String category) {}
