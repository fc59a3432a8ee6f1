package org.storecrm.platform;

import jakarta.validation.constraints.NotNull;
import java.util.Collection;
import java.util.Map;

/**
 * The stores' phones for the system's own messages (a sweep texting a store), which run without a
 * caller and so cannot use the {@link StoreDirectory} (it is for signed-in staff). One query for
 * any number of stores.
 */
public interface StorePhones {
  /** Each named store's phone; a store without one (or unknown) is left out. */
  Map<Long, String> of(@NotNull Collection<Long> storeIds);
}
