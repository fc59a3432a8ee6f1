package org.storecrm.accounts.internal.handovers;

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
import java.time.Instant;
import java.util.List;
import org.storecrm.accounts.AccountSource;
import org.storecrm.accounts.ContactPerson;
import org.storecrm.accounts.HandoverConversion;
import org.storecrm.accounts.HandoverSource;
import org.storecrm.accounts.HandoverStatus;
import org.storecrm.accounts.HandoverView;
import org.storecrm.accounts.NewAccount;
import org.storecrm.accounts.ScanReason;
import org.storecrm.platform.RuleViolationException;

/**
 * A company buyer in an account manager's queue, handed over by store staff or listed by the weekly
 * scan of sales, until converted or dismissed.
 */
@Entity
@Table(name = "acc_handover")
public class Handover {
  static final String RECORD_TYPE = "Handover";

  /** Who handed over what the weekly scan listed. */
  static final String SCANNER = "smb-scan";

  /**
   * The phones and name length an account's contact takes ({@link ContactPerson}'s constraints):
   * the card's phone or name may not fit, and a conversion must not fail on them.
   */
  private static final String CONTACT_PHONE = "[0-9+\\- ]{5,20}";

  private static final int CONTACT_NAME_MAX = 80;

  @Id
  @SequenceGenerator(
      name = "acc_handover_seq",
      sequenceName = "acc_handover_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "acc_handover_seq")
  private Long id;

  @Column(name = "store_id", nullable = false, updatable = false)
  private Long storeId;

  @Column(name = "customer_id", nullable = false, updatable = false)
  private Long customerId;

  @Column(name = "customer_name", nullable = false, updatable = false, length = 120)
  private String customerName;

  @Column(name = "customer_phone", updatable = false, length = 40)
  private String customerPhone;

  @Column(name = "account_manager_id", nullable = false)
  private Long accountManagerId;

  @Column(length = 500)
  private String note;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private HandoverStatus status;

  @Column(name = "dismiss_reason", length = 500)
  private String dismissReason;

  @Column(name = "account_id")
  private Long accountId;

  @Column(name = "handed_over_at", nullable = false, updatable = false)
  private Instant handedOverAt;

  @Column(name = "handed_over_by", nullable = false, updatable = false, length = 40)
  private String handedOverBy;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Column(name = "closed_by", length = 40)
  private String closedBy;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 10)
  private HandoverSource source = HandoverSource.STAFF;

  @Version private long version;

  protected Handover() {}

  /** A company buyer store staff hand to an account manager, with their note. */
  Handover(
      long storeId,
      long customerId,
      String customerName,
      String customerPhone,
      long accountManagerId,
      String note,
      Instant now,
      String by) {
    this.storeId = storeId;
    this.customerId = customerId;
    this.customerName = customerName;
    this.customerPhone = customerPhone;
    this.accountManagerId = accountManagerId;
    this.note = note;
    this.status = HandoverStatus.OPEN;
    this.handedOverAt = now;
    this.handedOverBy = by;
  }

  /** A buyer the weekly scan listed, handed over by the scanner (without a note). */
  static Handover listedByScan(
      long storeId,
      long customerId,
      String customerName,
      String customerPhone,
      long accountManagerId,
      Instant now) {
    Handover handover =
        new Handover(
            storeId, customerId, customerName, customerPhone, accountManagerId, null, now, SCANNER);
    handover.source = HandoverSource.SMB_SCAN;
    return handover;
  }

  /** Only an open handover is converted or dismissed: a closed one is a conflict (409). */
  void requireOpen() {
    if (status != HandoverStatus.OPEN) {
      throw RuleViolationException.conflict(
          "accounts.handoverClosed", "status", "The handover was already " + status);
    }
  }

  /**
   * The account a conversion opens: named after the customer, with the customer as the contact who
   * decides (the phone only when it is one an account's contact can have), for the same account
   * manager and store, from the store's sales scan or a walk-in as the handover came.
   */
  NewAccount accountFor(HandoverConversion conversion) {
    ContactPerson contact =
        new ContactPerson(
            customerName.length() <= CONTACT_NAME_MAX
                ? customerName
                : customerName.substring(0, CONTACT_NAME_MAX),
            null,
            customerPhone != null && customerPhone.matches(CONTACT_PHONE) ? customerPhone : null,
            true);
    return new NewAccount(
        customerName,
        conversion.industry(),
        conversion.employees(),
        conversion.status(),
        source == HandoverSource.SMB_SCAN ? AccountSource.STORE_SALES_SCAN : AccountSource.WALK_IN,
        accountManagerId,
        conversion.paymentTermDays(),
        null,
        storeId,
        List.of(contact));
  }

  /** The account manager opened {@code account} for the buyer: closed as converted. */
  void convert(long account, Instant now, String by) {
    requireOpen();
    accountId = account;
    close(HandoverStatus.CONVERTED, now, by);
  }

  /** The account manager will not open an account, for {@code reason}: closed as dismissed. */
  void dismiss(String reason, Instant now, String by) {
    requireOpen();
    dismissReason = reason.trim();
    close(HandoverStatus.DISMISSED, now, by);
  }

  private void close(HandoverStatus outcome, Instant now, String by) {
    status = outcome;
    closedAt = now;
    closedBy = by;
  }

  /** The handover as the queue shows it, with its manager's name and the scan's reason, if any. */
  HandoverView toView(String accountManagerName, ScanReason reason) {
    return new HandoverView(
        id,
        storeId,
        customerId,
        customerName,
        customerPhone,
        accountManagerId,
        accountManagerName,
        note,
        status,
        dismissReason,
        accountId,
        handedOverAt,
        handedOverBy,
        closedAt,
        source,
        reason);
  }

  Long accountId() {
    return accountId;
  }

  Long accountManagerId() {
    return accountManagerId;
  }

  Instant closedAt() {
    return closedAt;
  }

  String closedBy() {
    return closedBy;
  }

  String customerName() {
    return customerName;
  }

  String dismissReason() {
    return dismissReason;
  }

  String handedOverBy() {
    return handedOverBy;
  }

  Long id() {
    return id;
  }

  HandoverSource source() {
    return source;
  }

  HandoverStatus status() {
    return status;
  }

  Long storeId() {
    return storeId;
  }
}
