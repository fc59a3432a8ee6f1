package org.storecrm.sales.internal.opportunities;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.storecrm.customers.Classifications;
import org.storecrm.customers.CustomerCard;
import org.storecrm.customers.CustomerDirectory;
import org.storecrm.customers.GradeChange;
import org.storecrm.customers.IntentGrade;
import org.storecrm.customers.LostSaleReport;
import org.storecrm.platform.AuditTrail;
import org.storecrm.platform.AuditTrail.AuditedRecord;
import org.storecrm.platform.CriteriaPages;
import org.storecrm.platform.CurrentUser;
import org.storecrm.platform.Page;
import org.storecrm.platform.PageRequest;
import org.storecrm.platform.RecordNotFoundException;
import org.storecrm.platform.Role;
import org.storecrm.platform.Roles;
import org.storecrm.platform.RuleViolationException;
import org.storecrm.platform.StaffDirectory;
import org.storecrm.platform.StaleRecordException;
import org.storecrm.platform.StoreScope;
import org.storecrm.platform.UserView;
import org.storecrm.platform.ValidatedArguments;
import org.storecrm.sales.BusinessAccounts;
import org.storecrm.sales.Funnel;
import org.storecrm.sales.NewOpportunity;
import org.storecrm.sales.Opportunities;
import org.storecrm.sales.OpportunityFilter;
import org.storecrm.sales.OpportunitySummary;
import org.storecrm.sales.OpportunityView;
import org.storecrm.sales.Stage;
import org.storecrm.sales.StageMove;
import org.storecrm.sales.internal.checkout.LinePricing;
import org.storecrm.sales.internal.checkout.SalesOrder;
import org.storecrm.sales.internal.reports.SalesFigures;

@Stateless
@ValidatedArguments
@RolesAllowed({Roles.CONSULTANT, Roles.ACCOUNT_MANAGER, Roles.MANAGER, Roles.ADMIN})
public class OpportunityService implements Opportunities {
  private static final Map<String, Function<Root<Opportunity>, Expression<?>>> SORTABLE =
      Map.of(
          "openedAt", r -> r.get("openedAt"),
          "expectedClose", r -> r.get("expectedClose"),
          "stageAt", r -> r.get("stageAt"),
          "budget", r -> r.get("budget"));

  @PersistenceContext EntityManager em;
  @Inject StoreScope scope;
  @Inject CurrentUser user;
  @Inject CustomerDirectory customers;
  @Inject BusinessAccounts accounts;
  @Inject StaffDirectory staff;
  @Inject Classifications classifications;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  @Override
  public OpportunityView open(NewOpportunity input) {
    if ((input.customerId() == null) == (input.accountId() == null)) {
      throw RuleViolationException.refused(
          "sales.opportunityParty", "customerId", "Name the customer or the account, not both");
    }
    if (input.accountId() != null) {
      return openForAccount(input);
    }
    if (user.hasRole(Role.ACCOUNT_MANAGER)) {
      throw RuleViolationException.refused(
          "sales.opportunityAccountsOnly",
          "customerId",
          "Account managers open opportunities of business accounts");
    }
    CustomerCard customer = customer(input.customerId());
    Long consultant = input.consultantId();
    if (consultant != null) {
      checkConsultant(consultant, customer.storeId());
    } else {
      consultant =
          user.hasRole(Role.CONSULTANT) || customer.consultantId() == null
              ? user.userId().orElseThrow(() -> new IllegalStateException("no staff record"))
              : customer.consultantId();
    }
    return persist(
        new Opportunity(
            customer.storeId(),
            customer.id(),
            null,
            consultant,
            customer.source() == null ? "UNKNOWN" : customer.source().name(),
            clock.instant(),
            user.username()),
        input);
  }

  /**
   * A business account's opportunity: the account as the caller's store sees it; its owner the
   * named active account manager or manager of the account's store, by default the caller.
   */
  private OpportunityView openForAccount(NewOpportunity input) {
    BusinessAccounts.AccountRef account =
        accounts
            .find(input.accountId())
            .orElseThrow(
                () ->
                    RuleViolationException.refused(
                        "sales.accountUnknown",
                        "accountId",
                        "Account " + input.accountId() + " is not found"));
    Long owner = input.consultantId();
    if (owner == null) {
      owner = user.userId().orElseThrow(() -> new IllegalStateException("no staff record"));
    } else if (user.hasRole(Role.ACCOUNT_MANAGER) && !isCaller(owner)) {
      throw RuleViolationException.refused(
          "sales.opportunityNotYours",
          "consultantId",
          "An account manager opens opportunities for themselves");
    } else {
      checkSeller(owner, account.storeId(), Role.ACCOUNT_MANAGER, Role.MANAGER);
    }
    return persist(
        new Opportunity(
            account.storeId(),
            null,
            account.id(),
            owner,
            ACCOUNT_SOURCE,
            clock.instant(),
            user.username()),
        input);
  }

  private OpportunityView persist(Opportunity opportunity, NewOpportunity input) {
    opportunity.interest(
        input.category(),
        input.budget() == null ? null : LinePricing.money(input.budget()),
        input.expectedClose());
    em.persist(opportunity);
    em.flush();
    audit.created(
        new AuditedRecord(Opportunity.RECORD_TYPE, opportunity.id(), opportunity.storeId()),
        opportunity.auditState());
    return opportunity.toView();
  }

  @Override
  public OpportunityView get(long id) {
    return load(id).toView();
  }

  @Override
  public OpportunityView move(long id, StageMove move) {
    Opportunity opportunity = load(id);
    if ((user.hasRole(Role.CONSULTANT) || user.hasRole(Role.ACCOUNT_MANAGER))
        && !isCaller(opportunity.consultantId())) {
      throw RuleViolationException.refused(
          "sales.opportunityNotYours",
          "stage",
          "Only the opportunity's consultant or a manager moves it");
    }
    if (move.version() != null && move.version() != opportunity.version()) {
      throw new StaleRecordException(Opportunity.RECORD_TYPE, id);
    }
    Map<String, Object> before = opportunity.auditState();
    // The move first: a refused one (closed, backward) leaves the customer's records untouched.
    opportunity.moveTo(move.stage(), clock.instant());
    if (move.stage() == Stage.LOST) {
      if (move.lostReasonId() == null) {
        throw RuleViolationException.refused(
            "sales.lostReasonRequired", "lostReasonId", "Say why the sale was lost");
      }
      // The customers module keeps the lost-sale record; the customer is a lost one only when
      // none of their opportunities is still open.
      if (opportunity.customerId() != null) {
        LostSaleReport loss =
            new LostSaleReport(
                move.lostReasonId(), move.competitor(), move.note(), opportunity.category().name());
        if (hasAnotherOpenOpportunity(opportunity)) {
          classifications.recordLostSaleStillInterested(opportunity.customerId(), loss);
        } else {
          classifications.recordLostSale(opportunity.customerId(), loss);
        }
      } else if (classifications.lostReasons(false).stream()
          .noneMatch(reason -> reason.id() == move.lostReasonId())) {
        // An account's loss has no customer record; its reason is one of the maintained ones.
        throw RuleViolationException.refused(
            "sales.lostReasonUnknown", "lostReasonId", "No such lost-sale reason");
      }
      opportunity.recordLoss(move.lostReasonId(), move.note());
    } else {
      if (move.orderId() != null) {
        checkOrder(move.orderId(), opportunity);
        opportunity.linkOrder(move.orderId());
      }
      if (opportunity.customerId() != null) {
        CustomerCard customer = customers.get(opportunity.customerId());
        IntentGrade raised = FunnelRules.gradeFor(move.stage(), customer.grade());
        if (raised != null) {
          customers.grade(
              opportunity.customerId(),
              new GradeChange(raised, "Opportunity " + opportunity.id() + ": " + move.stage()));
        }
      }
    }
    em.flush();
    audit.changed(
        new AuditedRecord(Opportunity.RECORD_TYPE, opportunity.id(), opportunity.storeId()),
        before,
        opportunity.auditState());
    return opportunity.toView();
  }

  @Override
  public Page<OpportunitySummary> find(OpportunityFilter filter, PageRequest page) {
    Optional<Long> own =
        user.hasRole(Role.CONSULTANT) || user.hasRole(Role.ACCOUNT_MANAGER)
            ? Optional.of(user.userId().orElse(-1L))
            : Optional.empty();
    ZoneId zone = clock.getZone();
    Page<Opportunity> found =
        CriteriaPages.find(
            em,
            Opportunity.class,
            page,
            (cb, root) -> {
              List<Predicate> where = new ArrayList<>();
              where.add(scope.restrict(cb, root.get("storeId")));
              own.ifPresent(id -> where.add(cb.equal(root.get("consultantId"), id)));
              if (filter.storeId() != null) {
                where.add(cb.equal(root.get("storeId"), filter.storeId()));
              }
              if (filter.consultantId() != null) {
                where.add(cb.equal(root.get("consultantId"), filter.consultantId()));
              }
              if (filter.stage() != null) {
                where.add(cb.equal(root.get("stage"), filter.stage()));
              }
              if (filter.category() != null) {
                where.add(cb.equal(root.get("category"), filter.category()));
              }
              if (filter.customerId() != null) {
                where.add(cb.equal(root.get("customerId"), filter.customerId()));
              }
              if (filter.accountId() != null) {
                where.add(cb.equal(root.get("accountId"), filter.accountId()));
              }
              if (filter.closeMonth() != null) {
                where.add(
                    cb.between(
                        root.<LocalDate>get("expectedClose"),
                        filter.closeMonth().atDay(1),
                        filter.closeMonth().atEndOfMonth()));
              }
              if (filter.openedMonth() != null) {
                where.add(
                    cb.greaterThanOrEqualTo(
                        root.<Instant>get("openedAt"),
                        filter.openedMonth().atDay(1).atStartOfDay(zone).toInstant()));
                where.add(
                    cb.lessThan(
                        root.<Instant>get("openedAt"),
                        filter
                            .openedMonth()
                            .plusMonths(1)
                            .atDay(1)
                            .atStartOfDay(zone)
                            .toInstant()));
              }
              return cb.and(where.toArray(Predicate[]::new));
            },
            SORTABLE,
            "openedAt",
            root -> {});
    Map<Long, String> customerNames =
        customers.names(
            found.items().stream()
                .map(o -> o.customerId())
                .filter(Objects::nonNull)
                .collect(Collectors.toSet()));
    Map<Long, String> accountNames =
        accounts.names(
            found.items().stream()
                .map(o -> o.accountId())
                .filter(Objects::nonNull)
                .collect(Collectors.toSet()));
    return found.map(
        o ->
            o.toSummary(
                o.customerId() != null
                    ? customerNames.get(o.customerId())
                    : accountNames.get(o.accountId())));
  }

  @Override
  public List<OpportunityView> ofCustomer(long customerId) {
    CustomerCard customer = customer(customerId);
    return em.createQuery(
            "select o from Opportunity o where o.customerId = :customer order by o.id desc",
            Opportunity.class)
        .setParameter("customer", customer.id())
        .setMaxResults(200)
        .getResultStream()
        .map(Opportunity::toView)
        .toList();
  }

  @Override
  public List<OpportunityView> ofCustomerOrAccount(Long customerId, Long accountId) {
    if (customerId != null) {
      return ofCustomer(customerId);
    }
    if (accountId != null) {
      return ofAccount(accountId);
    }
    throw RuleViolationException.refused(
        "sales.opportunityParty", "customerId", "Name the customer or the account");
  }

  @Override
  public List<OpportunityView> ofAccount(long accountId) {
    BusinessAccounts.AccountRef account =
        accounts
            .find(accountId)
            .orElseThrow(() -> new RecordNotFoundException("Account", accountId));
    return em.createQuery(
            "select o from Opportunity o where o.accountId = :account order by o.id desc",
            Opportunity.class)
        .setParameter("account", account.id())
        .setMaxResults(200)
        .getResultStream()
        .map(Opportunity::toView)
        .toList();
  }

  @Override
  public Funnel funnel(YearMonth month, Long storeId, Long consultantId, String source) {
    long store = scope.storeForNewRecord(storeId, "report");
    Instant from = month.atDay(1).atStartOfDay(clock.getZone()).toInstant();
    Instant to = month.plusMonths(1).atDay(1).atStartOfDay(clock.getZone()).toInstant();
    StringBuilder sql =
        new StringBuilder(
            "SELECT reached, COUNT(*), SUM(CASE WHEN stage = 'LOST' THEN 1 ELSE 0 END)"
                + " FROM sal_opportunity WHERE store_id = ?1 AND opened_at >= ?2"
                + " AND opened_at < ?3");
    Object fourth = null;
    Object fifth = null;
    if (consultantId != null) {
      sql.append(" AND consultant_id = ?4");
      fourth = consultantId;
    }
    if (source != null && !source.isBlank()) {
      sql.append(consultantId != null ? " AND source = ?5" : " AND source = ?4");
      if (consultantId != null) {
        fifth = source;
      } else {
        fourth = source;
      }
    }
    sql.append(" GROUP BY reached");
    long[] byReached = new long[Stage.PATH.size()];
    long lost = 0;
    for (Object[] row : SalesFigures.rows(em, sql.toString(), store, from, to, fourth, fifth)) {
      byReached[(int) SalesFigures.number(row[0])] = SalesFigures.number(row[1]);
      lost += SalesFigures.number(row[2]);
    }
    return new Funnel(
        month.toString(),
        consultantId,
        source == null || source.isBlank() ? null : source,
        FunnelRules.funnel(byReached),
        lost);
  }

  private CustomerCard customer(long customerId) {
    try {
      return customers.get(customerId);
    } catch (RecordNotFoundException e) {
      throw RuleViolationException.refused(
          "sales.customerUnknown", "customerId", "Customer " + customerId + " is not found");
    }
  }

  private boolean isCaller(Long consultantId) {
    return user.userId().map(id -> id.equals(consultantId)).orElse(false);
  }

  /**
   * A consultant opens opportunities for themselves; a manager or head office for active selling
   * staff (a consultant or manager) of the customer's store.
   */
  private void checkConsultant(long consultantId, long storeId) {
    if (user.hasRole(Role.CONSULTANT)) {
      if (!isCaller(consultantId)) {
        throw RuleViolationException.refused(
            "sales.opportunityNotYours",
            "consultantId",
            "A consultant opens opportunities for themselves");
      }
      return;
    }
    checkSeller(consultantId, storeId, Role.CONSULTANT, Role.MANAGER);
  }

  /** The owner named by a manager: active staff of the store in one of these roles. */
  private void checkSeller(long sellerId, long storeId, Role... roles) {
    UserView seller;
    try {
      seller = staff.get(sellerId);
    } catch (RecordNotFoundException e) {
      seller = null;
    }
    if (seller == null
        || !seller.active()
        || seller.storeId() == null
        || seller.storeId() != storeId
        || !java.util.Arrays.asList(roles).contains(seller.role())) {
      throw RuleViolationException.refused(
          "sales.opportunityConsultant",
          "consultantId",
          "The owner must be active staff of the store in one of the roles " + List.of(roles));
    }
  }

  private boolean hasAnotherOpenOpportunity(Opportunity lost) {
    return em.createQuery(
                "select count(o) from Opportunity o where o.customerId = :customer"
                    + " and o.id <> :lost and o.stage not in :closed",
                Long.class)
            .setParameter("customer", lost.customerId())
            .setParameter("lost", lost.id())
            .setParameter("closed", List.of(Stage.DELIVERED, Stage.LOST))
            .getSingleResult()
        > 0;
  }

  private void checkOrder(long orderId, Opportunity opportunity) {
    SalesOrder order = em.find(SalesOrder.class, orderId);
    if (order == null
        || !Objects.equals(order.storeId(), opportunity.storeId())
        || (opportunity.customerId() != null
            ? !Objects.equals(order.customerId(), opportunity.customerId())
            : !Objects.equals(order.accountId(), opportunity.accountId()))) {
      throw RuleViolationException.refused(
          "sales.opportunityOrder", "orderId", "The order must be this customer's, in this store");
    }
  }

  private Opportunity load(long id) {
    Opportunity opportunity = em.find(Opportunity.class, id);
    if (opportunity == null) {
      throw new RecordNotFoundException(Opportunity.RECORD_TYPE, id);
    }
    scope.checkVisible(opportunity.storeId(), Opportunity.RECORD_TYPE, id);
    return opportunity;
  }
}
