package org.storecrm.customers.internal.vips;

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
  private Long customerId;

  @Enumerated(EnumType.STRING)
  @Column(length = 20)
  private VipKind kind;

  @Column(name = "met_by")
  private Long metBy;

  @Column(name = "met_at")
  private Instant metAt;

  @Version private long version;

  protected VipProfileRecord() {}

  VipProfileRecord(long customerId) {
    this.customerId = customerId;
  }

  VipKind kind() {
    return kind;
  }

  Instant metAt() {
    return metAt;
  }

  Long metBy() {
    return metBy;
  }

  long version() {
    return version;
  }

  /** What kind of VIP the customer is. */
  void classify(VipKind vipKind) {
    kind = vipKind;
  }

  /** The manager who met the VIP, and when. */
  void metBy(Long manager, Instant at) {
    metBy = manager;
    metAt = at;
  }

  /** The meeting is taken back (recorded by mistake). */
  void notMet() {
    metBy = null;
    metAt = null;
  }
}
