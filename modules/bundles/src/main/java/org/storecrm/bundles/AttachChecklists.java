package org.storecrm.bundles;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.storecrm.sales.Category;

/**
 * The attach checklists of the main categories. Everyone at the counter reads them; managers and
 * head-office administrators maintain them for the whole chain (like the catalogue).
 */
public interface AttachChecklists {
  /** The category's entries in the manager's order. */
  List<ChecklistEntryView> checklist(@NotNull Category category);

  ChecklistEntryView get(long id);

  ChecklistEntryView create(@NotNull @Valid ChecklistEntryForm form);

  ChecklistEntryView update(long id, @NotNull @Valid ChecklistEntryForm form);

  void delete(long id);

  /**
   * The tick-box sheet for one main product: its checklist's entries that fit it, ranked as at the
   * counter for the caller's store (no customer).
   */
  List<SheetLine> sheet(long productId);

  /** One line of the printed sheet: the entry and the product suggested for it. */
  record SheetLine(
      ChecklistEntryView entry,
      Long productId,
      String sku,
      String productName,
      String productNameZh,
      java.math.BigDecimal price,
      boolean inStock) {
    public String productNameIn(boolean chinese) {
      return chinese && productNameZh != null && !productNameZh.isBlank()
          ? productNameZh
          : productName;
    }
  }
}
