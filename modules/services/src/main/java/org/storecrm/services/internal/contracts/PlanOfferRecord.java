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
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.storecrm.sales.Category;
import org.storecrm.services.PlanOfferStatus;

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
  Long id;

  @Column(name = "store_id", nullable = false, updatable = false)
  Long storeId;

  @Column(name = "order_id", nullable = false, updatable = false)
  Long orderId;

  @Column(name = "order_line_id", nullable = false, updatable = false)
  Long orderLineId;

  @Column(nullable = false, length = 60, updatable = false)
  String serial;

  @Column(name = "customer_id", updatable = false)
  Long customerId;

  @Column(name = "device_product_id", nullable = false, updatable = false)
  Long deviceProductId;

  @Enumerated(EnumType.STRING)
  @Column(name = "device_category", nullable = false, length = 20, updatable = false)
  Category deviceCategory;

  @Column(name = "device_price", nullable = false, updatable = false)
  BigDecimal devicePrice;

  @Column(name = "plan_codes", nullable = false, length = 400, updatable = false)
  String planCodes;

  @Column(name = "sold_at", nullable = false, updatable = false)
  Instant soldAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  PlanOfferStatus status = PlanOfferStatus.OPEN;

  @Column(name = "closed_at")
  Instant closedAt;

  @Column(name = "closed_by", length = 60)
  String closedBy;

  @Version long version;

  protected PlanOfferRecord() {}

  PlanOfferRecord(long storeId, long orderId, long orderLineId, String serial) {
    this.storeId = storeId;
    this.orderId = orderId;
    this.orderLineId = orderLineId;
    this.serial = serial;
  }

  List<String> planCodes() {
    return Arrays.stream(planCodes.split(",")).filter(c -> !c.isBlank()).toList();
  }

  void close(PlanOfferStatus outcome, Instant at, String by) {
    status = outcome;
    closedAt = at;
    closedBy = by;
  }
}
