package org.storecrm.accounts.internal.handovers;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.storecrm.accounts.ScanReason;

/** A buyer the weekly scan listed: one row per customer ever, which keeps a find from a second. */
@Entity
@Table(name = "acc_smb_find")
public class SmbFind {
  @Id
  @Column(name = "customer_id")
  private Long customerId;

  @Column(name = "handover_id", nullable = false, updatable = false)
  private Long handoverId;

  @Column(nullable = false, updatable = false, length = 8)
  private String week;

  @Column(nullable = false, updatable = false)
  private boolean company;

  @Column(nullable = false, updatable = false)
  private int orders;

  @Column(name = "multi_unit_orders", nullable = false, updatable = false)
  private int multiUnitOrders;

  @Column(name = "business_units", nullable = false, updatable = false)
  private int businessUnits;

  @Column(name = "found_at", nullable = false, updatable = false)
  private Instant foundAt;

  protected SmbFind() {}

  SmbFind(long customerId, long handoverId, ScanReason reason, Instant foundAt) {
    this.customerId = customerId;
    this.handoverId = handoverId;
    this.week = reason.week();
    this.company = reason.company();
    this.orders = reason.orders();
    this.multiUnitOrders = reason.multiUnitOrders();
    this.businessUnits = reason.businessUnits();
    this.foundAt = foundAt;
  }

  Long handoverId() {
    return handoverId;
  }

  ScanReason reason() {
    return new ScanReason(week, company, orders, multiUnitOrders, businessUnits);
  }
}
