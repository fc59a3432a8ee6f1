package org.storecrm.customers.internal.cards;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.LockModeType;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.storecrm.customers.BaseKind;
import org.storecrm.customers.Classification;
import org.storecrm.customers.CustomerCard;
import org.storecrm.customers.CustomerSummary;
import org.storecrm.customers.CustomerType;
import org.storecrm.customers.Gender;
import org.storecrm.customers.IntentGrade;
import org.storecrm.customers.PhoneType;
import org.storecrm.customers.RegionType;
import org.storecrm.customers.SourceChannel;
import org.storecrm.platform.RecordNotFoundException;
import org.storecrm.platform.StoreScope;

/** The customer card; one per phone number and store. */
@Entity
@Table(name = "cus_customer")
public class Customer {
  @Id
  @SequenceGenerator(
      name = "cus_customer_seq",
      sequenceName = "cus_customer_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cus_customer_seq")
  private Long id;

  @Column(name = "store_id", nullable = false, updatable = false)
  private Long storeId;

  @Column(nullable = false, length = 100)
  private String name;

  @Column(name = "name_key", nullable = false, length = 100)
  private String nameKey;

  @Column(nullable = false, length = 30)
  private String phone;

  @Enumerated(EnumType.STRING)
  @Column(name = "phone_type", nullable = false, length = 10)
  private PhoneType phoneType;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private CustomerType type;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private SourceChannel source;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private RegionType region;

  @Column(length = 60)
  private String city;

  @Column(length = 60)
  private String county;

  private LocalDate birthday;

  /** MMdd of the birthday, indexed, for the birthday sweep. */
  @Column(name = "birth_month_day")
  private Integer birthMonthDay;

  @Column(name = "consultant_id")
  private Long consultantId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private Classification classification;

  @Enumerated(EnumType.STRING)
  @Column(name = "base_kind", length = 20)
  private BaseKind baseKind;

  @Enumerated(EnumType.STRING)
  @Column(length = 1)
  private IntentGrade grade;

  @Column(name = "next_follow_up_due")
  private Instant nextFollowUpDue;

  @Column(name = "last_contact_at")
  private Instant lastContactAt;

  @Column(name = "marketing_consent", nullable = false)
  private boolean marketingConsent;

  @Column(name = "consent_at")
  private Instant consentAt;

  @Column(length = 1000)
  private String notes;

  @Column(name = "registered_at", nullable = false, updatable = false)
  private Instant registeredAt;

  @Enumerated(EnumType.STRING)
  @Column(length = 6)
  private Gender gender;

  @Column(length = 200)
  private String address;

  /** The preferred language: {@code zh_CN} or {@code en}. */
  @Column(nullable = false, length = 10)
  private String language = CustomerCard.DEFAULT_LANGUAGE;

  /** The customer who sent them (a VIP, a staff relative), in the same store. */
  @Column(name = "referrer_id")
  private Long referrerId;

  @ElementCollection
  @CollectionTable(name = "cus_customer_phone", joinColumns = @JoinColumn(name = "customer_id"))
  private List<OtherPhone> otherPhones = new ArrayList<>();

  /** What the customer bought here, net of returns (maintained by the sales events). */
  @Column(name = "lifetime_revenue", nullable = false, precision = 14, scale = 2)
  private BigDecimal lifetimeRevenue = BigDecimal.ZERO;

  @Column(name = "lifetime_margin", nullable = false, precision = 14, scale = 2)
  private BigDecimal lifetimeMargin = BigDecimal.ZERO;

  @Column(name = "purchase_count", nullable = false)
  private int purchaseCount;

  @Column(name = "last_purchase_at")
  private Instant lastPurchaseAt;

  /**
   * The membership tier's key (e.g. {@code GOLD}), kept by the sales events and the tier sweep; a
   * new card starts in the lowest tier.
   */
  @Column(nullable = false, length = 20)
  private String tier;

  @Version private long version;

  protected Customer() {}

  public Customer(
      long storeId, String name, PhoneNumbers.Checked phone, Instant registeredAt, String tier) {
    this.storeId = storeId;
    this.tier = tier;
    rename(name);
    this.phone = phone.number();
    this.phoneType = phone.type();
    this.classification = Classification.POTENTIAL;
    this.registeredAt = registeredAt;
  }

  final void rename(String newName) {
    name = newName.trim();
    nameKey = name.toLowerCase(java.util.Locale.ROOT);
  }

  public void bornOn(LocalDate date) {
    birthday = date;
    birthMonthDay = date == null ? null : date.getMonthValue() * 100 + date.getDayOfMonth();
  }

  /** The card's details, as registered or as edited. */
  public void describe(
      CustomerType type,
      RegionType region,
      String city,
      String county,
      LocalDate birthday,
      String notes,
      Gender gender,
      String address) {
    this.type = type;
    this.region = region;
    this.city = city;
    this.county = county;
    bornOn(birthday);
    this.notes = notes;
    this.gender = gender;
    this.address = address;
  }

  /** How the customer first came to the store (set when the card is registered). */
  public void cameThrough(SourceChannel channel) {
    source = channel;
  }

  /** The language the customer is spoken and written to in. */
  void prefer(String newLanguage) {
    language = newLanguage;
  }

  /** The customer who sent them, or null. */
  void referredBy(Long referrer) {
    referrerId = referrer;
  }

  /** The customer's other phone numbers, replacing the previous ones. */
  void replaceOtherPhones(List<OtherPhone> phones) {
    otherPhones = new ArrayList<>(phones);
  }

  /** The consultant who looks after the customer. */
  public void assignTo(Long consultant) {
    consultantId = consultant;
  }

  /** The customer gave (then at {@code at}) or withdrew their consent to marketing. */
  void consentToMarketing(boolean consent, Instant at) {
    marketingConsent = consent;
    consentAt = consent ? at : null;
  }

  /** The customer was last reached at {@code at}. */
  public void contactedAt(Instant at) {
    lastContactAt = at;
  }

  /** When the next open follow-up is due, or null when none is open. */
  public void nextFollowUpDueAt(Instant due) {
    nextFollowUpDue = due;
  }

  /** The intent grade, or null once it is dropped (a sale, a lost sale). */
  public void regrade(IntentGrade newGrade) {
    grade = newGrade;
  }

  /** The classification level and, for a base or VIP customer, its kind. */
  public void reclassify(Classification level, BaseKind kind) {
    classification = level;
    baseKind = kind;
  }

  /** A sale to the customer adds to their lifetime value and visits that bought. */
  void recordPurchase(BigDecimal revenue, BigDecimal margin, Instant soldAt) {
    lifetimeRevenue = lifetimeRevenue.add(revenue);
    lifetimeMargin = lifetimeMargin.add(margin);
    purchaseCount++;
    if (lastPurchaseAt == null || soldAt.isAfter(lastPurchaseAt)) {
      lastPurchaseAt = soldAt;
    }
  }

  /** A return takes its refund and margin off the lifetime value (the visit still counts). */
  void recordReturn(BigDecimal refund, BigDecimal margin) {
    lifetimeRevenue = lifetimeRevenue.subtract(refund);
    lifetimeMargin = lifetimeMargin.subtract(margin);
  }

  /** The membership tier the customer moves to. */
  public void moveToTier(String newTier) {
    tier = newTier;
  }

  CustomerCard toCard(boolean showPhone) {
    return new CustomerCard(
        id,
        storeId,
        name,
        showPhone ? phone : PhoneNumbers.mask(phone),
        phoneType,
        type,
        source,
        region,
        city,
        county,
        birthday,
        consultantId,
        classification,
        baseKind,
        grade,
        nextFollowUpDue,
        lastContactAt,
        marketingConsent,
        consentAt,
        notes,
        registeredAt,
        gender,
        address,
        referrerId,
        otherPhones.stream().map(p -> showPhone ? p.phone : PhoneNumbers.mask(p.phone)).toList(),
        meetsBaseCriteria(),
        version,
        language,
        tier);
  }

  /**
   * The base criteria of docs/domain.md ("Base, VIP and lost customers") for a potential customer:
   * the card is complete (a person's birthday included), they were reached at least once, and a
   * contact plan (an open follow-up) exists.
   */
  boolean meetsBaseCriteria() {
    boolean complete =
        city != null
            && !city.isBlank()
            && phoneType == PhoneType.MOBILE
            && (type == CustomerType.COMPANY || birthday != null);
    return classification == Classification.POTENTIAL
        && complete
        && lastContactAt != null
        && nextFollowUpDue != null;
  }

  /** How the history writes a level and kind, e.g. {@code BASE/INTENT}. */
  String classificationLabel() {
    return classification + (baseKind == null ? "" : "/" + baseKind);
  }

  /** The customer, when the caller's store may see it; another store's customer is not found. */
  public static Customer visible(EntityManager em, StoreScope scope, long id) {
    Customer customer = em.find(Customer.class, id);
    if (customer == null) {
      throw new RecordNotFoundException(CustomerService.RECORD_TYPE, id);
    }
    scope.checkVisible(customer.storeId, CustomerService.RECORD_TYPE, id);
    return customer;
  }

  /**
   * The customer, locked until the transaction ends, for a change two colleagues can make at once
   * (two calls logged on one customer both move its last contact and next follow-up): the second
   * waits for the first instead of failing on a stale version.
   */
  public static Customer visibleForUpdate(EntityManager em, StoreScope scope, long id) {
    Customer customer = em.find(Customer.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (customer == null) {
      throw new RecordNotFoundException(CustomerService.RECORD_TYPE, id);
    }
    scope.checkVisible(customer.storeId, CustomerService.RECORD_TYPE, id);
    return customer;
  }

  /**
   * The columns of a list row, selected as values (JPQL, alias {@code c}): a search reads twenty of
   * them per page and builds, registers and compares at commit no entities.
   */
  static final String SUMMARY_COLUMNS =
      "c.id, c.name, c.phone, c.classification, c.grade, c.consultantId, c.nextFollowUpDue,"
          + " c.lastContactAt, c.tier";

  /** A row of {@link #SUMMARY_COLUMNS}. */
  static CustomerSummary summary(Object[] row, boolean showPhone) {
    String phone = (String) row[2];
    return new CustomerSummary(
        (Long) row[0],
        (String) row[1],
        showPhone ? phone : PhoneNumbers.mask(phone),
        (Classification) row[3],
        (IntentGrade) row[4],
        (Long) row[5],
        (Instant) row[6],
        (Instant) row[7],
        (String) row[8]);
  }

  Map<String, Object> auditState() {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("name", name);
    state.put("phone", PhoneNumbers.mask(phone));
    state.put("type", type);
    state.put("source", source);
    state.put("region", region);
    state.put("consultantId", consultantId);
    state.put("classification", classification);
    state.put("baseKind", baseKind);
    state.put("grade", grade);
    state.put("marketingConsent", marketingConsent);
    return state;
  }

  public BaseKind baseKind() {
    return baseKind;
  }

  public Classification classification() {
    return classification;
  }

  public Long consultantId() {
    return consultantId;
  }

  public IntentGrade grade() {
    return grade;
  }

  public Long id() {
    return id;
  }

  public String language() {
    return language;
  }

  public Instant lastContactAt() {
    return lastContactAt;
  }

  Instant lastPurchaseAt() {
    return lastPurchaseAt;
  }

  BigDecimal lifetimeMargin() {
    return lifetimeMargin;
  }

  BigDecimal lifetimeRevenue() {
    return lifetimeRevenue;
  }

  boolean marketingConsent() {
    return marketingConsent;
  }

  public String name() {
    return name;
  }

  String nameKey() {
    return nameKey;
  }

  public Instant nextFollowUpDue() {
    return nextFollowUpDue;
  }

  public String phone() {
    return phone;
  }

  public SourceChannel source() {
    return source;
  }

  public Long storeId() {
    return storeId;
  }

  public String tier() {
    return tier;
  }

  long version() {
    return version;
  }
}
