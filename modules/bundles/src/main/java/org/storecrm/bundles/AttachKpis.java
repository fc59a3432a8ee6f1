package org.storecrm.bundles;

import jakarta.validation.constraints.NotNull;
import java.time.YearMonth;

/**
 * The attach rate, accessories per main sale, accessory profit share and the checklist outcomes,
 * for managers (their store) and head office (any store or all). At most 24 months at once.
 */
public interface AttachKpis {
  AttachReport report(@NotNull YearMonth from, @NotNull YearMonth to, Long storeId);
}
