package org.storecrm.platform;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** The chain's stores. Everyone may read them; only administrators change them. */
public interface StoreDirectory {
  /**
   * Stores whose code, name, region or city contain {@code text}; sortable by code, name, region.
   */
  Page<StoreView> find(String text, PageRequest page);

  StoreView get(long id);

  StoreView create(@NotNull @Valid StoreForm form);

  StoreView update(long id, @NotNull @Valid StoreForm form);
}
