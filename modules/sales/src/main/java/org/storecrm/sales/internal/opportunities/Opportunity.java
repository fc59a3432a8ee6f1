package org.storecrm.sales.internal.opportunities;

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
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.storecrm.platform.RuleViolationException;
import org.storecrm.sales.Category;
import org.storecrm.sales.OpportunitySummary;
import org.storecrm.sales.OpportunityView;
import org.storecrm.sales.Stage;

/** A customer's or a business account's interest moving through the funnel. */
@Entity
@Table(name = "sal_opportunity")
public class Opportunity {
  public static final String RECORD_TYPE = "Opportunity";

  @Id
  @SequenceGenerator(
      name = "sal_opportunity_seq",
      sequenceName = "sal_opportunity_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sal_opportunity_seq")
  private Long id;

  @Column(name = "store_id", nullable = false, updatable = false)
  private Long storeId;

  /** The customer's, or null for a business account's (then {@link #accountId} is set). */
  @Column(name = "customer_id", updatable = false)
  private Long customerId;

  @Column(name = "account_id", updatable = false)
  private Long accountId;

  @Column(name = "consultant_id", nullable = false)
  private Long consultantId;

  @Column(nullable = false, updatable = false, length = 20)
  private String source;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private Category category;

  @Column(precision = 14, scale = 2)
  private BigDecimal budget;

  @Column(name = "expected_close")
  private LocalDate expectedClose;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private Stage stage;

  /** The furthest stage of {@link Stage#PATH} reached, as its index. */
  @Column(nullable = false)
  private int reached;

  @Column(name = "order_id")
  private Long orderId;

  @Column(name = "lost_reason_id")
  private Long lostReasonId;

  @Column(name = "lost_note", length = 1000)
  private String lostNote;

  @Column(name = "opened_at", nullable = false, updatable = false)
  private Instant openedAt;

  @Column(name = "stage_at", nullable = false)
  private Instant stageAt;

  @Column(name = "created_by", nullable = false, updatable = false, length = 40)
  private String createdBy;

  @Version private long version;

  protected Opportunity() {}

  Opportunity(
      long storeId,
      Long customerId,
      Long accountId,
      long consultantId,
      String source,
      Instant at,
      String by) {
    this.storeId = storeId;
    this.customerId = customerId;
    this.accountId = accountId;
    this.consultantId = consultantId;
    this.source = source;
    this.stage = Stage.LEAD;
    this.reached = 0;
    this.openedAt = at;
    this.stageAt = at;
    this.createdBy = by;
  }

  /**
   * Moves the opportunity on the funnel's rule ({@link FunnelRules#judge}): forward, skipping
   * stages if need be, or to LOST from an open stage; a delivered or lost one is closed. The
   * furthest stage reached follows a forward move and stays where it was on a loss.
   */
  public void moveTo(Stage to, Instant at) {
    switch (FunnelRules.judge(stage, to)) {
      case CLOSED ->
          throw RuleViolationException.refused(
              "sales.opportunityClosed", "stage", "A delivered or lost opportunity is closed");
      case BACKWARD ->
          throw RuleViolationException.refused(
              "sales.stageBackward",
              "stage",
              "An opportunity moves forward only (it is " + stage + ")");
      case ALLOWED -> {}
    }
    if (to != Stage.LOST) {
      reached = Math.max(reached, Stage.PATH.indexOf(to));
    }
    stage = to;
    stageAt = at;
  }

  /** What the customer or the account is interested in, for how much, closing when. */
  void interest(Category wanted, BigDecimal budgeted, LocalDate closing) {
    category = wanted;
    budget = budgeted;
    expectedClose = closing;
  }

  /** The order that won the opportunity. */
  public void linkOrder(Long order) {
    orderId = order;
  }

  /** Why a lost opportunity was lost. */
  void recordLoss(Long reasonId, String note) {
    lostReasonId = reasonId;
    lostNote = note;
  }

  /** The stages an opportunity may move to {@code to} from, by the same rule. */
  public static List<Stage> stagesThatMayMoveTo(Stage to) {
    return Arrays.stream(Stage.values())
        .filter(from -> FunnelRules.judge(from, to) == FunnelRules.Verdict.ALLOWED)
        .toList();
  }

  OpportunityView toView() {
    return new OpportunityView(
        id,
        storeId,
        customerId,
        accountId,
        consultantId,
        source,
        category,
        budget,
        expectedClose,
        stage,
        Stage.PATH.get(reached),
        orderId,
        lostReasonId,
        openedAt,
        stageAt,
        version);
  }

  /**
   * @param name the customer's or the account's
   */
  OpportunitySummary toSummary(String name) {
    return new OpportunitySummary(
        id,
        storeId,
        customerId,
        accountId,
        name,
        consultantId,
        category,
        budget,
        expectedClose,
        stage,
        Stage.PATH.get(reached),
        openedAt,
        stageAt,
        version);
  }

  public Map<String, Object> auditState() {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("customerId", customerId);
    state.put("accountId", accountId);
    state.put("consultantId", consultantId);
    state.put("category", category);
    state.put("budget", budget);
    state.put("expectedClose", expectedClose);
    state.put("stage", stage);
    state.put("orderId", orderId);
    state.put("lostReasonId", lostReasonId);
    return state;
  }

  public Long storeId() {
    return storeId;
  }

  public Long id() {
    return id;
  }

  Long accountId() {
    return accountId;
  }

  Long customerId() {
    return customerId;
  }

  Category category() {
    return category;
  }

  long version() {
    return version;
  }

  Long consultantId() {
    return consultantId;
  }

  Stage stage() {
    return stage;
  }

  /** The furthest stage of {@link Stage#PATH} reached, as its index. */
  int reached() {
    return reached;
  }

  Instant stageAt() {
    return stageAt;
  }
}
