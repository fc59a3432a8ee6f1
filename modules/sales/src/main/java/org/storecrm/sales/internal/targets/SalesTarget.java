package org.storecrm.sales.internal.targets;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import org.storecrm.sales.TargetInput;
import org.storecrm.sales.TargetView;
import org.storecrm.sales.internal.checkout.LinePricing;

/** A month's targets of one consultant, or of the store (consultant null, subject key 0). */
@Entity
@Table(name = "sal_target")
public class SalesTarget {
  static final String RECORD_TYPE = "Target";

  @Id
  @SequenceGenerator(name = "sal_target_seq", sequenceName = "sal_target_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sal_target_seq")
  private Long id;

  @Column(name = "store_id", nullable = false, updatable = false)
  private Long storeId;

  @Column(name = "consultant_id", updatable = false)
  private Long consultantId;

  @Column(name = "subject_key", nullable = false, updatable = false)
  private long subjectKey;

  @Column(name = "target_month", nullable = false, updatable = false, length = 7)
  private String month;

  @Column(nullable = false, precision = 14, scale = 2)
  private BigDecimal revenue;

  @Column(nullable = false)
  private int units;

  @Column(name = "new_leads", nullable = false)
  private int newLeads;

  @Column(name = "attach_rate", nullable = false, precision = 5, scale = 2)
  private BigDecimal attachRate;

  @Column(name = "service_cards", nullable = false)
  private int serviceCards;

  @Column(name = "updated_by", nullable = false, length = 40)
  private String updatedBy;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  protected SalesTarget() {}

  public SalesTarget(long storeId, Long consultantId, YearMonth month) {
    this.storeId = storeId;
    this.consultantId = consultantId;
    this.subjectKey = subjectKey(consultantId);
    this.month = month.toString();
  }

  public static long subjectKey(Long consultantId) {
    return consultantId == null ? 0 : consultantId;
  }

  public void apply(TargetInput input, String by, Instant at) {
    revenue = LinePricing.money(input.revenue());
    units = input.units();
    newLeads = input.newLeads();
    attachRate = input.attachRate().setScale(2, java.math.RoundingMode.HALF_UP);
    serviceCards = input.serviceCards();
    updatedBy = by;
    updatedAt = at;
  }

  TargetView toView() {
    return new TargetView(
        id,
        storeId,
        consultantId,
        month,
        revenue,
        units,
        newLeads,
        attachRate,
        serviceCards,
        updatedBy,
        updatedAt,
        version);
  }

  Map<String, Object> auditState() {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("month", month);
    state.put("consultantId", consultantId);
    state.put("revenue", revenue);
    state.put("units", units);
    state.put("newLeads", newLeads);
    state.put("attachRate", attachRate);
    state.put("serviceCards", serviceCards);
    return state;
  }

  public BigDecimal revenue() {
    return revenue;
  }

  public int serviceCards() {
    return serviceCards;
  }

  public BigDecimal attachRate() {
    return attachRate;
  }

  public int newLeads() {
    return newLeads;
  }

  public int units() {
    return units;
  }

  public long subjectKey() {
    return subjectKey;
  }

  Long id() {
    return id;
  }
}
