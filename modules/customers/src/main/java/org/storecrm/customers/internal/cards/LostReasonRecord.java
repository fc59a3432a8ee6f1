package org.storecrm.customers.internal.cards;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.storecrm.customers.LostReason;

/** An entry of the lost-sale reason list that managers maintain. */
@Entity
@Table(name = "cus_lost_reason")
public class LostReasonRecord {
  @Id
  @SequenceGenerator(
      name = "cus_lost_reason_seq",
      sequenceName = "cus_lost_reason_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cus_lost_reason_seq")
  private Long id;

  @Column(nullable = false, length = 30, updatable = false)
  private String code;

  @Column(name = "name_en", nullable = false, length = 80)
  private String nameEn;

  @Column(name = "name_zh", nullable = false, length = 80)
  private String nameZh;

  @Column(nullable = false)
  private boolean active;

  @Version private long version;

  protected LostReasonRecord() {}

  LostReasonRecord(String code, String nameEn, String nameZh) {
    this.code = code;
    this.nameEn = nameEn;
    this.nameZh = nameZh;
    this.active = true;
  }

  public LostReason toView() {
    return new LostReason(id, code, nameEn, nameZh, active);
  }

  boolean active() {
    return active;
  }

  public String code() {
    return code;
  }

  Long id() {
    return id;
  }

  /** Offered again in the list of reasons. */
  void activate() {
    active = true;
  }

  /** No longer offered (the lost sales that named it keep it). */
  void retire() {
    active = false;
  }
}
