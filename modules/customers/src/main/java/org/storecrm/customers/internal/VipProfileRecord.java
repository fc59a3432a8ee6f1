package org.storecrm.customers.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.storecrm.customers.VipKind;

/** A VIP's kind and the manager's meeting; one row per VIP, written when first saved. */
@Entity
@Table(name = "cus_vip_profile")
public class VipProfileRecord {
  @Id
  @Column(name = "customer_id")
  Long customerId;

  @Enumerated(EnumType.STRING)
  @Column(length = 20)
  VipKind kind;

  @Column(name = "met_by")
  Long metBy;

  @Column(name = "met_at")
  Instant metAt;

  @Version long version;

  protected VipProfileRecord() {}

  VipProfileRecord(long customerId) {
    this.customerId = customerId;
  }
}
