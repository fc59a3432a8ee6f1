package org.storecrm.bundles.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.storecrm.bundles.ChecklistEntryForm;
import org.storecrm.bundles.ChecklistEntryView;
import org.storecrm.sales.Category;

/** One entry of a main category's attach checklist, with its family's products in order. */
@Entity
@Table(name = "bun_checklist_entry")
public class ChecklistEntryRecord {
  @Id
  @SequenceGenerator(
      name = "bun_checklist_entry_seq",
      sequenceName = "bun_checklist_entry_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bun_checklist_entry_seq")
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private Category category;

  @Column(name = "sort_no", nullable = false)
  private int position;

  @Column(nullable = false, length = 60)
  private String family;

  @Column(name = "family_zh", length = 60)
  private String familyZh;

  @Column(name = "talking_point", nullable = false, length = 300)
  private String talkingPoint;

  @Column(name = "talking_point_zh", length = 300)
  private String talkingPointZh;

  @Column(name = "for_brand", length = 60)
  private String forBrand;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "bun_checklist_product", joinColumns = @JoinColumn(name = "entry_id"))
  @OrderColumn(name = "member_no")
  @Column(name = "product_id", nullable = false)
  private List<Long> productIds = new ArrayList<>();

  @Version private long version;

  protected ChecklistEntryRecord() {}

  ChecklistEntryRecord(Category category, int position) {
    this.category = category;
    this.position = position;
  }

  /**
   * The manager's edit of what the entry says and offers (its place changes by {@link #moveTo}).
   */
  void edit(ChecklistEntryForm form) {
    family = form.family().trim();
    familyZh = blankToNull(form.familyZh());
    talkingPoint = form.talkingPoint().trim();
    talkingPointZh = blankToNull(form.talkingPointZh());
    forBrand = blankToNull(form.forBrand());
    productIds = new ArrayList<>(form.productIds().stream().distinct().toList());
  }

  /** Puts the entry at {@code position}; the others make room first ({@link #makeRoom}). */
  void moveTo(int position) {
    this.position = position;
  }

  /**
   * Moves the entries at or after {@code position} one down to make room for one arriving there
   * ({@code arriving}, which may be among them, stays): only as far as the run of taken positions
   * goes, so a gap further down is kept.
   */
  static void makeRoom(
      List<ChecklistEntryRecord> entries, int position, ChecklistEntryRecord arriving) {
    int next = position;
    for (ChecklistEntryRecord e : entries) {
      if (e != arriving && e.position >= position && e.position <= next) {
        e.position++;
        next = e.position;
      }
    }
  }

  Long id() {
    return id;
  }

  Category category() {
    return category;
  }

  int position() {
    return position;
  }

  long version() {
    return version;
  }

  ChecklistEntryView toView() {
    return new ChecklistEntryView(
        id,
        category,
        position,
        family,
        familyZh,
        talkingPoint,
        talkingPointZh,
        forBrand,
        List.copyOf(productIds),
        version);
  }

  Map<String, Object> auditState() {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("category", category);
    state.put("position", position);
    state.put("family", family);
    state.put("talkingPoint", talkingPoint);
    state.put("forBrand", forBrand);
    state.put("productIds", List.copyOf(productIds));
    return state;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }
}
