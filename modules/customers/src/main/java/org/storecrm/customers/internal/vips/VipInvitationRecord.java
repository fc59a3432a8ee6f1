package org.storecrm.customers.internal.vips;

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
import java.time.LocalDate;
import org.storecrm.customers.InvitationKind;
import org.storecrm.customers.VipInvitationView;

/** A VIP's invitation to an event or a gift. */
@Entity
@Table(name = "cus_vip_invitation")
public class VipInvitationRecord {
  @Id
  @SequenceGenerator(
      name = "cus_vip_invitation_seq",
      sequenceName = "cus_vip_invitation_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cus_vip_invitation_seq")
  private Long id;

  @Column(name = "customer_id", nullable = false, updatable = false)
  private Long customerId;

  @Column(name = "invited_on", nullable = false)
  private LocalDate invitedOn;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 5)
  private InvitationKind kind;

  @Column(nullable = false, length = 200)
  private String what;

  private Boolean accepted;

  @Column(name = "recorded_by", nullable = false, length = 40, updatable = false)
  private String recordedBy;

  @Version private long version;

  protected VipInvitationRecord() {}

  VipInvitationRecord(
      long customerId,
      LocalDate date,
      InvitationKind kind,
      String what,
      Boolean accepted,
      String recordedBy) {
    this.customerId = customerId;
    this.invitedOn = date;
    this.kind = kind;
    this.what = what;
    this.accepted = accepted;
    this.recordedBy = recordedBy;
  }

  VipInvitationView view() {
    return new VipInvitationView(id, invitedOn, kind, what, accepted, recordedBy, version);
  }

  Long customerId() {
    return customerId;
  }

  long version() {
    return version;
  }

  /** The VIP's answer to the invitation (null: not yet answered). */
  void answer(Boolean answer) {
    accepted = answer;
  }
}
