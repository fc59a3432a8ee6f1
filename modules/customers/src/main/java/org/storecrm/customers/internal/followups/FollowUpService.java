package org.storecrm.customers.internal.followups;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.storecrm.customers.ContactKind;
import org.storecrm.customers.FollowUpClosure;
import org.storecrm.customers.FollowUpCompletion;
import org.storecrm.customers.FollowUpHandover;
import org.storecrm.customers.FollowUpQueue;
import org.storecrm.customers.FollowUpReason;
import org.storecrm.customers.FollowUpStatus;
import org.storecrm.customers.FollowUpView;
import org.storecrm.customers.FollowUps;
import org.storecrm.customers.NewFollowUp;
import org.storecrm.customers.SurveyOccasion;
import org.storecrm.customers.SweepReport;
import org.storecrm.customers.internal.PhoneMasking;
import org.storecrm.customers.internal.cards.Customer;
import org.storecrm.customers.internal.cards.PhoneNumbers;
import org.storecrm.customers.internal.complaints.Complaint;
import org.storecrm.customers.internal.complaints.SatisfactionRecorder;
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

@Stateless
@ValidatedArguments
@RolesAllowed({Roles.CONSULTANT, Roles.MANAGER, Roles.ADMIN})
public class FollowUpService implements FollowUps {
  static final String RECORD_TYPE = "FollowUp";

  @PersistenceContext EntityManager em;
  @Inject StoreScope scope;
  @Inject CurrentUser user;
  @Inject PhoneMasking masking;
  @Inject FollowUpPlan plan;
  @Inject FollowUpScheduler scheduler;
  @Inject Clock clock;
  @Inject StaffDirectory staff;
  @EJB FollowUpSweepTimer sweepTimer;

  @Inject SatisfactionRecorder satisfaction;

  @Override
  public Page<FollowUpView> queue(FollowUpQueue queue, Long consultantId, PageRequest page) {
    Instant now = clock.instant();
    LocalDate today = LocalDate.now(clock);
    return switch (queue) {
      case OVERDUE -> list(null, now, consultantId, page);
      case ESCALATED -> list(null, null, consultantId, page, true);
      case DUE -> list(now, startOf(today.plusDays(1)), consultantId, page);
      case UPCOMING ->
          list(
              startOf(today.plusDays(1)),
              startOf(today.plusDays(1 + UPCOMING_DAYS)),
              consultantId,
              page);
      case OPEN -> list(null, null, consultantId, page);
    };
  }

  @Override
  public Page<FollowUpView> dueBetween(
      LocalDate from, LocalDate to, Long consultantId, PageRequest page) {
    FollowUps.checkRange(from, to);
    return list(startOf(from), startOf(to.plusDays(1)), consultantId, page);
  }

  private Instant startOf(LocalDate day) {
    return day.atStartOfDay(clock.getZone()).toInstant();
  }

  private Page<FollowUpView> list(
      Instant from, Instant until, Long consultantId, PageRequest page) {
    return list(from, until, consultantId, page, false);
  }

  /**
   * Open follow-ups due in [from, until), either end open when null, soonest first; only the
   * escalated ones when {@code escalated}.
   */
  private Page<FollowUpView> list(
      Instant from, Instant until, Long consultantId, PageRequest page, boolean escalated) {
    Instant now = clock.instant();
    // Consultants see their own queue; managers and administrators any consultant's, or the
    // store's.
    Long consultant = user.hasRole(Role.CONSULTANT) ? user.userId().orElse(-1L) : consultantId;
    Optional<Long> store = scope.limitedTo();
    String where =
        " from FollowUp f where f.status = :open"
            + (until != null ? " and f.dueAt < :until" : "")
            + (from != null ? " and f.dueAt >= :from" : "")
            + (store.isPresent() ? " and f.storeId = :store" : "")
            + (escalated ? " and f.escalatedAt is not null" : "")
            + (consultant != null ? " and f.consultantId = :consultant" : "");
    TypedQuery<Long> count = em.createQuery("select count(f)" + where, Long.class);
    TypedQuery<FollowUp> rows =
        em.createQuery("select f" + where + " order by f.dueAt, f.id", FollowUp.class);
    for (TypedQuery<?> query : List.of(count, rows)) {
      query.setParameter("open", FollowUpStatus.OPEN);
      if (until != null) {
        query.setParameter("until", until);
      }
      if (from != null) {
        query.setParameter("from", from);
      }
      store.ifPresent(id -> query.setParameter("store", id));
      if (consultant != null) {
        query.setParameter("consultant", consultant);
      }
    }
    boolean showPhones = masking.phonesVisibleTo(user);
    List<FollowUp> tasks =
        rows.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
    List<FollowUpView> items = views(em, tasks, showPhones, now);
    return new Page<>(items, count.getSingleResult(), page.page(), page.size());
  }

  @Override
  public FollowUpView plan(NewFollowUp plan) {
    Customer customer = Customer.visibleForUpdate(em, scope, plan.customerId());
    Instant now = clock.instant();
    if (!plan.dueAt().isAfter(now)) {
      throw RuleViolationException.refused(
          "error.contact.nextStepPast", "dueAt", "A planned contact lies in the future");
    }
    FollowUp task =
        scheduler.plan(
            customer,
            plan.purpose(),
            plan.step() == null || plan.step().isBlank() ? null : plan.step().strip(),
            plan.dueAt(),
            plannerFor(plan.consultantId(), customer));
    em.flush();
    return view(task, customer.name(), customer.phone(), masking.phonesVisibleTo(user), now);
  }

  /**
   * Who makes a planned contact: a consultant plans their own; a manager names a consultant of the
   * customer's store, or leaves it to the customer's consultant.
   */
  private Long plannerFor(Long named, Customer customer) {
    if (user.hasRole(Role.CONSULTANT)) {
      Long caller = user.userId().orElseThrow();
      if (named != null && !named.equals(caller)) {
        throw RuleViolationException.refused(
            "error.followUp.plannerNotYou",
            "consultantId",
            "A consultant plans their own contacts");
      }
      return caller;
    }
    if (named == null) {
      return customer.consultantId();
    }
    UserView consultant;
    try {
      consultant = staff.get(named);
    } catch (RecordNotFoundException unknown) {
      consultant = null;
    }
    if (consultant == null
        || consultant.role() != Role.CONSULTANT
        || !consultant.active()
        || !customer.storeId().equals(consultant.storeId())) {
      throw RuleViolationException.refused(
          "error.customer.consultantElsewhere",
          "consultantId",
          "The consultant must be active staff of the customer's store");
    }
    return consultant.id();
  }

  @Override
  public FollowUpView get(long id) {
    FollowUp task = visible(id);
    Customer customer =
        task.customerId() == null ? null : em.find(Customer.class, task.customerId());
    return view(
        task,
        customer == null ? task.contactName() : customer.name(),
        customer == null ? task.contactPhone() : customer.phone(),
        masking.phonesVisibleTo(user),
        clock.instant());
  }

  /**
   * A consultant works their own queue; another's task is as unknown to them as another store's.
   * Managers see any task of their store (their own queue included).
   */
  private FollowUp visible(long id) {
    FollowUp task = em.find(FollowUp.class, id);
    if (task == null) {
      throw new RecordNotFoundException(RECORD_TYPE, id);
    }
    scope.checkVisible(task.storeId(), RECORD_TYPE, id);
    if (user.hasRole(Role.CONSULTANT)
        && (task.consultantId() == null
            || !task.consultantId().equals(user.userId().orElse(null)))) {
      throw new RecordNotFoundException(RECORD_TYPE, id);
    }
    return task;
  }

  @Override
  public FollowUpView complete(long id, FollowUpCompletion completion) {
    FollowUp task = visible(id);
    if (task.status() != FollowUpStatus.OPEN) {
      throw RuleViolationException.conflict(
          "error.followUp.notOpen", null, "This follow-up is already " + task.status());
    }
    if (task.reason() == FollowUpReason.COMPLAINT_CALLBACK && completion.satisfaction() == null) {
      throw RuleViolationException.refused(
          "error.followUp.scoreRequired",
          "satisfaction",
          "The complaint callback asks the customer's satisfaction (1–5)");
    }
    Instant now = clock.instant();
    task.complete(completion.outcome(), completion.satisfaction(), now, user.username());
    Customer customer =
        task.customerId() == null ? null : em.find(Customer.class, task.customerId());
    if (customer != null) {
      em.persist(
          new ContactRecord(
              customer,
              ContactKind.CALLBACK,
              now,
              user.username(),
              task.reason().name(),
              completion.outcome(),
              completion.note()));
      customer.contactedAt(now);
    }
    if (task.reason() == FollowUpReason.COMPLAINT_CALLBACK) {
      // The "complaint closed" survey; a low score opens the recovery task as any survey does.
      satisfaction.recordComplaintClosed(
          em.find(Complaint.class, task.complaintId()),
          customer,
          completion.satisfaction(),
          completion.note(),
          user.username(),
          task.id(),
          now);
    } else if (completion.satisfaction() != null && customer != null) {
      // (Without a card, another task's score stays on the task.) The same rule as a survey: the
      // score is kept, and a low one opens a recovery task.
      satisfaction.record(
          customer,
          completion.satisfaction(),
          task.reason() == FollowUpReason.POST_SALE
              ? SurveyOccasion.POST_SALE
              : SurveyOccasion.OTHER,
          completion.note(),
          user.username(),
          now,
          task.id(),
          // A post-sale score rates the sale's consultant (older tasks: the task's consultant).
          task.reason() == FollowUpReason.POST_SALE
              ? (task.subjectUserId() != null ? task.subjectUserId() : task.consultantId())
              : null,
          now);
    }
    if (customer == null) {
      em.flush();
    } else if (FollowUpScheduler.FOLLOWED_UP_BY_A_CONTACT.contains(task.reason())) {
      em.flush(); // the task is done before the scheduler closes its siblings
      scheduler.followedUp(customer, now, completion.outcome(), user.username());
    } else {
      scheduler.refreshNextDue(customer);
    }
    em.flush();
    return view(
        task,
        customer == null ? task.contactName() : customer.name(),
        customer == null ? task.contactPhone() : customer.phone(),
        masking.phonesVisibleTo(user),
        now);
  }

  @Override
  @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
  public FollowUpView reassignEscalated(long id, FollowUpHandover handover) {
    FollowUp task = escalated(id, handover.version());
    Customer customer = Customer.visibleForUpdate(em, scope, task.customerId());
    UserView consultant = activeConsultantOf(handover.consultantId(), customer.storeId());
    Instant now = clock.instant();
    task.handOver(consultant.id(), handover.dueAt() != null ? handover.dueAt() : now);
    scheduler.refreshNextDue(customer);
    em.flush();
    return view(task, customer.name(), customer.phone(), masking.phonesVisibleTo(user), now);
  }

  @Override
  @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
  public FollowUpView closeEscalated(long id, FollowUpClosure closure) {
    FollowUp task = escalated(id, closure.version());
    Customer customer = Customer.visibleForUpdate(em, scope, task.customerId());
    Instant now = clock.instant();
    task.cancel(closure.reason().strip(), now, user.username());
    scheduler.refreshNextDue(customer);
    em.flush();
    return view(task, customer.name(), customer.phone(), masking.phonesVisibleTo(user), now);
  }

  /** An open, escalated task of the caller's store at the version the caller read. */
  private FollowUp escalated(long id, long version) {
    FollowUp task = visible(id);
    if (task.status() != FollowUpStatus.OPEN) {
      throw RuleViolationException.conflict(
          "error.followUp.notOpen", null, "This follow-up is already " + task.status());
    }
    if (task.escalatedAt() == null) {
      throw RuleViolationException.conflict(
          "error.followUp.notEscalated", null, "This follow-up is not escalated");
    }
    if (task.version() != version) {
      throw new StaleRecordException(RECORD_TYPE, id);
    }
    return task;
  }

  private UserView activeConsultantOf(Long named, Long storeId) {
    UserView consultant;
    try {
      consultant = staff.get(named);
    } catch (RecordNotFoundException unknown) {
      consultant = null;
    }
    if (consultant == null
        || consultant.role() != Role.CONSULTANT
        || !consultant.active()
        || !storeId.equals(consultant.storeId())) {
      throw RuleViolationException.refused(
          "error.customer.consultantElsewhere",
          "consultantId",
          "The consultant must be active staff of the customer's store");
    }
    return consultant;
  }

  @Override
  @RolesAllowed(Roles.ADMIN)
  public SweepReport runSweep() {
    return sweepTimer.runNow();
  }

  /**
   * A page of tasks as views: the page's cards in one query; a task without a card (a hotline
   * complaint's) names the caller.
   */
  public static List<FollowUpView> views(
      EntityManager em, List<FollowUp> tasks, boolean showPhones, Instant now) {
    Map<Long, Object[]> cards = new HashMap<>();
    List<Long> ids =
        tasks.stream().map(f -> f.customerId()).filter(Objects::nonNull).distinct().toList();
    if (!ids.isEmpty()) {
      for (Object[] row :
          em.createQuery(
                  "select c.id, c.name, c.phone from Customer c where c.id in :ids", Object[].class)
              .setParameter("ids", ids)
              .getResultList()) {
        cards.put((Long) row[0], row);
      }
    }
    return tasks.stream()
        .map(
            f -> {
              Object[] card = f.customerId() == null ? null : cards.get(f.customerId());
              return card == null
                  ? view(f, f.contactName(), f.contactPhone(), showPhones, now)
                  : view(f, (String) card[1], (String) card[2], showPhones, now);
            })
        .toList();
  }

  private static FollowUpView view(
      FollowUp task, String name, String phone, boolean showPhone, Instant now) {
    return new FollowUpView(
        task.id(),
        task.customerId(),
        name,
        phone == null || showPhone ? phone : PhoneNumbers.mask(phone),
        task.consultantId(),
        task.reason(),
        task.dueAt(),
        task.status(),
        task.status() == FollowUpStatus.OPEN && task.dueAt().isBefore(now),
        task.purpose(),
        task.plannedStep(),
        task.complaintId(),
        task.escalatedAt(),
        task.version());
  }
}
