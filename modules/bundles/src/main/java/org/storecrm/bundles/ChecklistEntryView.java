package org.storecrm.bundles;

import java.util.List;
import org.storecrm.sales.Category;

/**
 * One entry of a main category's attach checklist (配置单): a family of accessories (one product or
 * several alternatives, e.g. memory cards of 64 GB or more), in the manager's order, with what to
 * tell the customer. {@code forBrand} limits it to main products of one brand (e.g. an original
 * Canon battery); null fits every brand.
 */
public record ChecklistEntryView(
    long id,
    Category category,
    int position,
    String family,
    String familyZh,
    String talkingPoint,
    String talkingPointZh,
    String forBrand,
    List<Long> productIds,
    long version) {

  public String familyIn(boolean chinese) {
    return chinese && familyZh != null && !familyZh.isBlank() ? familyZh : family;
  }

  public String talkingPointIn(boolean chinese) {
    return chinese && talkingPointZh != null && !talkingPointZh.isBlank()
        ? talkingPointZh
        : talkingPoint;
  }
}
