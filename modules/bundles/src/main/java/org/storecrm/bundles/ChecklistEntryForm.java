package org.storecrm.bundles;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.storecrm.sales.Category;

/**
 * A new or changed checklist entry. {@code productIds} are the family's members (accessories,
 * software or services of the catalogue); {@code position} null puts a new entry last; {@code
 * version} is checked on changes (a stale one is refused).
 */
public record ChecklistEntryForm(
    @NotNull Category category,
    @NotBlank @Size(max = 60) String family,
    @Size(max = 60) String familyZh,
    @NotBlank @Size(max = 300) String talkingPoint,
    @Size(max = 300) String talkingPointZh,
    @Size(max = 60) String forBrand,
    @NotEmpty @Size(max = 20) List<@NotNull Long> productIds,
    @Min(1) Integer position,
    long version) {}
