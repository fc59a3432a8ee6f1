package org.storecrm.services.internal.contracts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.storecrm.platform.RuleViolationException;
import org.storecrm.sales.Category;
import org.storecrm.sales.OrderPlaced;
import org.storecrm.services.PlanOfferStatus;
import org.storecrm.services.PlanOfferView;

/** A device sold without a plan, with the plans that fitted it; open until closed once. */
@Entity
@Table(name = "svc_plan_offer")
public class PlanOfferRecord {
  @Id
  @SequenceGenerator(
      name = "svc_plan_offer_seq",
      sequenceName = "svc_plan_offer_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "svc_plan_offer_seq")
  private Long id;

  @Column(name = "store_id", nullable = false, updatable = false)
  private Long storeId;

  @Column(name = "order_id", nullable = false, updatable = false)
  private Long orderId;

  @Column(name = "order_line_id", nullable = false, updatable = false)
  private Long orderLineId;

  @Column(nullable = false, length = 60, updatable = false)
  private String serial;

  @Column(name = "customer_id", updatable = false)
  private Long customerId;

  @Column(name = "device_product_id", nullable = false, updatable = false)
  private Long deviceProductId;

  @Enumerated(EnumType.STRING)
  @Column(name = "device_category", nullable = false, length = 20, updatable = false)
  private Category deviceCategory;

  @Column(name = "device_price", nullable = false, updatable = false)
  private BigDecimal devicePrice;

  @Column(name = "plan_codes", nullable = false, length = 400, updatable = false)
  private String planCodes;

  @Column(name = "sold_at", nullable = false, updatable = false)
  private Instant soldAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private PlanOfferStatus status = PlanOfferStatus.OPEN;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Column(name = "closed_by", length = 60)
  private String closedBy;

  @Version private long version;

  protected PlanOfferRecord() {}

  /**
   * An open offer for one device of a sale's line, at the line's unit price (what the customer paid
   * for the line over its quantity, to the cent).
   *
   * @param planCodes the plans that fit the device, in the order shown
   */
  PlanOfferRecord(OrderPlaced sale, OrderPlaced.Line line, String serial, List<String> planCodes) {
    this.storeId = sale.storeId();
    this.orderId = sale.orderId();
    this.orderLineId = line.lineId();
    this.serial = serial;
    this.customerId = sale.customerId();
    this.deviceProductId = line.productId();
    this.deviceCategory = line.category();
    this.devicePrice = unitPrice(line);
    this.planCodes = String.join(",", planCodes);
    this.soldAt = sale.soldAt();
  }

  /** What one unit of the line cost the customer (a line of no units counts as one). */
  static BigDecimal unitPrice(OrderPlaced.Line line) {
    return line.netAmount()
        .divide(BigDecimal.valueOf(Math.max(1, line.quantity())), 2, RoundingMode.HALF_UP);
  }

  List<String> planCodes() {
    return Arrays.stream(planCodes.split(",")).filter(c -> !c.isBlank()).toList();
  }

  /**
   * Closed with its outcome by the sale or the return that settles it (a plan sold for the device,
   * the device returned). Not guarded: the sales events read the open offers without flushing, and
   * a later event of the same transaction has the last word.
   */
  void close(PlanOfferStatus outcome, Instant at, String by) {
    status = outcome;
    closedAt = at;
    closedBy = by;
  }

  /** The customer turned the offer down; only an open offer can be declined. */
  void decline(Instant at, String by) {
    if (status != PlanOfferStatus.OPEN) {
      throw RuleViolationException.conflict(
          "services.offerNotOpen", null, "The plan offer is " + status + ", no longer open");
    }
    close(PlanOfferStatus.DECLINED, at, by);
  }

  /**
   * @param plans the offered plans still on sale, priced from today
   */
  PlanOfferView toView(List<PlanOfferView.Plan> plans) {
    return new PlanOfferView(
        id,
        storeId,
        orderId,
        orderLineId,
        serial,
        customerId,
        deviceProductId,
        soldAt,
        status,
        closedAt,
        closedBy,
        plans,
        version);
  }

  Map<String, Object> auditState() {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("status", status);
    state.put("closedAt", closedAt);
    state.put("closedBy", closedBy);
    return state;
  }

  Long id() {
    return id;
  }

  Long storeId() {
    return storeId;
  }

  Long orderLineId() {
    return orderLineId;
  }

  String serial() {
    return serial;
  }

  Category deviceCategory() {
    return deviceCategory;
  }

  /** What the device cost the customer (the plans' reason quotes a repair's share of it). */
  BigDecimal devicePrice() {
    return devicePrice;
  }
}
