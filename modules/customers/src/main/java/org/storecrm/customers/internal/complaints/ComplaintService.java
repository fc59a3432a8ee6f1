package org.storecrm.customers.internal.complaints;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.storecrm.customers.ComplaintCardLink;
import org.storecrm.customers.ComplaintChanges;
import org.storecrm.customers.ComplaintFilter;
import org.storecrm.customers.ComplaintStatus;
import org.storecrm.customers.ComplaintView;
import org.storecrm.customers.Complaints;
import org.storecrm.customers.NewComplaint;
import org.storecrm.customers.internal.CustomersSettings;
import org.storecrm.customers.internal.PhoneMasking;
import org.storecrm.customers.internal.cards.Customer;
import org.storecrm.customers.internal.cards.CustomerNames;
import org.storecrm.customers.internal.cards.CustomerService;
import org.storecrm.customers.internal.cards.PhoneNumbers;
import org.storecrm.customers.internal.followups.FollowUp;
import org.storecrm.customers.internal.followups.FollowUpScheduler;
import org.storecrm.platform.AuditTrail;
import org.storecrm.platform.AuditTrail.AuditedRecord;
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
@RolesAllowed({Roles.CONSULTANT, Roles.SERVICE, Roles.MANAGER, Roles.ADMIN})
public class ComplaintService implements Complaints {
  static final String RECORD_TYPE = "Complaint";
  private static final List<ComplaintStatus> UNRESOLVED =
      List.of(ComplaintStatus.OPEN, ComplaintStatus.IN_PROGRESS);

  /** Sort names of the list, each to its JPQL expression (the id breaks ties). */
  private static final Map<String, String> SORTABLE =
      Map.of("deadline", "c.deadline", "openedAt", "c.openedAt", "status", "c.status");

  @PersistenceContext EntityManager em;
  @Inject StoreScope scope;
  @Inject CurrentUser user;
  @Inject StaffDirectory staff;
  @Inject AuditTrail audit;
  @Inject ComplaintDeadlines deadlines;
  @Inject Clock clock;
  @Inject PhoneMasking masking;
  @Inject FollowUpScheduler scheduler;
  @Inject CustomersSettings settings;

  @Override
  public ComplaintView log(NewComplaint input) {
    Customer customer = null;
    String callerName = null;
    String callerPhone = null;
    long storeId;
    if (input.customerId() != null) {
      customer = em.find(Customer.class, input.customerId());
      if (customer == null || !scope.canSee(customer.storeId())) {
        throw new RecordNotFoundException(CustomerService.RECORD_TYPE, input.customerId());
      }
      storeId = customer.storeId();
    } else {
      // A hotline complaint without a card: the caller's name and phone are enough.
      if (ComplaintResolutionRule.blank(input.callerName())) {
        throw RuleViolationException.refused(
            "error.complaint.callerRequired",
            "callerName",
            "Name the caller, or log the complaint on their card");
      }
      if (ComplaintResolutionRule.blank(input.callerPhone())) {
        throw RuleViolationException.refused(
            "error.complaint.callerPhoneRequired",
            "callerPhone",
            "Take the caller's phone number to call them back");
      }
      callerName = input.callerName().strip();
      callerPhone = PhoneNumbers.checkOther(input.callerPhone(), "callerPhone").number();
      storeId = scope.storeForNewRecord(null, "complaint");
    }
    Instant now = clock.instant();
    Instant openedAt = input.openedAt() == null ? now : input.openedAt();
    Complaint complaint =
        new Complaint(
            storeId,
            customer,
            callerName,
            callerPhone,
            input.channel(),
            input.category(),
            input.description().trim(),
            openedAt,
            user.username(),
            deadlines.deadline(openedAt));
    assignOwner(complaint, input.ownerId());
    em.persist(complaint);
    em.flush(); // the acknowledgement carries the number and the version the next edit quotes
    audit.created(record(complaint), complaint.auditState());
    return complaint.toView(customer == null ? null : customer.name(), now, showPhones());
  }

  @Override
  public Page<ComplaintView> find(ComplaintFilter filter, PageRequest page) {
    Instant now = clock.instant();
    Optional<Long> store = scope.limitedTo();
    StringBuilder where = new StringBuilder(" from Complaint c where c.id is not null");
    Map<String, Object> parameters = new LinkedHashMap<>();
    store.ifPresent(
        id -> {
          where.append(" and c.storeId = :store");
          parameters.put("store", id);
        });
    if (filter.status() != null) {
      where.append(" and c.status = :status");
      parameters.put("status", filter.status());
    }
    if (filter.customerId() != null) {
      where.append(" and c.customerId = :customer");
      parameters.put("customer", filter.customerId());
    }
    if (Boolean.TRUE.equals(filter.overdue())) {
      where.append(" and c.status in :unresolved and c.deadline < :now");
      parameters.put("unresolved", UNRESOLVED);
      parameters.put("now", now);
    } else if (Boolean.FALSE.equals(filter.overdue())) {
      where.append(" and (c.status not in :unresolved or c.deadline >= :now)");
      parameters.put("unresolved", UNRESOLVED);
      parameters.put("now", now);
    }
    String sort =
        page.sort() == null ? "c.deadline" : SORTABLE.getOrDefault(page.sort(), "c.deadline");
    String direction = page.ascending() ? " asc" : " desc";
    TypedQuery<Long> count = em.createQuery("select count(c)" + where, Long.class);
    TypedQuery<Complaint> rows =
        em.createQuery(
            "select c" + where + " order by " + sort + direction + ", c.id" + direction,
            Complaint.class);
    parameters.forEach(
        (name, value) -> {
          count.setParameter(name, value);
          rows.setParameter(name, value);
        });
    // The page's card names in one query (complaints without a card show the caller's name).
    List<Complaint> found =
        rows.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
    Map<Long, String> names = customerNames(found);
    boolean showPhones = showPhones();
    List<ComplaintView> items = new ArrayList<>();
    for (Complaint complaint : found) {
      items.add(complaint.toView(names.get(complaint.customerId()), now, showPhones));
    }
    return new Page<>(items, count.getSingleResult(), page.page(), page.size());
  }

  @Override
  public ComplaintView get(long id) {
    Complaint complaint = load(id);
    return complaint.toView(customerName(complaint), clock.instant(), showPhones());
  }

  @Override
  public ComplaintView update(long id, ComplaintChanges changes) {
    Complaint complaint = load(id);
    if (changes.version() != complaint.version()) {
      throw new StaleRecordException(RECORD_TYPE, id);
    }
    checkOwnerOrManager(complaint);
    Map<String, Object> before = complaint.auditState();
    Instant now = clock.instant();
    if (changes.ownerId() != null && !changes.ownerId().equals(complaint.ownerId())) {
      if (complaint.status() == ComplaintStatus.RESOLVED) {
        throw RuleViolationException.conflict(
            "error.complaint.resolved", "status", "This complaint is already resolved");
      }
      assignOwner(complaint, changes.ownerId());
    }
    boolean resolved = complaint.change(changes, now, user.username());
    if (resolved) {
      Customer customer =
          complaint.customerId() == null ? null : em.find(Customer.class, complaint.customerId());
      FollowUp callback =
          scheduler.complaintCallback(
              complaint, customer, now.plus(Duration.ofHours(settings.complaintCallbackHours())));
      em.flush();
      complaint.callbackOpened(callback.id());
    }
    em.flush();
    audit.changed(record(complaint), before, complaint.auditState());
    return complaint.toView(customerName(complaint), now, showPhones());
  }

  @Override
  public ComplaintView linkCard(long id, ComplaintCardLink link) {
    Complaint complaint = load(id);
    if (link.version() != complaint.version()) {
      throw new StaleRecordException(RECORD_TYPE, id);
    }
    checkOwnerOrManager(complaint);
    if (complaint.customerId() != null) {
      throw RuleViolationException.conflict(
          "error.complaint.cardLinked", "customerId", "This complaint is already on a card");
    }
    Customer customer = em.find(Customer.class, link.customerId(), LockModeType.PESSIMISTIC_WRITE);
    if (customer == null || !customer.storeId().equals(complaint.storeId())) {
      throw new RecordNotFoundException(CustomerService.RECORD_TYPE, link.customerId());
    }
    Map<String, Object> before = complaint.auditState();
    complaint.linkCard(customer.id());
    em.flush();
    scheduler.complaintLinked(complaint, customer);
    audit.changed(record(complaint), before, complaint.auditState());
    return complaint.toView(customer.name(), clock.instant(), showPhones());
  }

  private void checkOwnerOrManager(Complaint complaint) {
    boolean manager = user.hasRole(Role.MANAGER) || user.hasRole(Role.ADMIN);
    boolean owner = user.userId().map(complaint.ownerId()::equals).orElse(false);
    if (!manager && !owner) {
      throw RuleViolationException.refused(
          "error.complaint.notOwner",
          null,
          "Only the complaint's owner or a manager may change it");
    }
  }

  private boolean showPhones() {
    return masking.phonesVisibleTo(user);
  }

  private Map<Long, String> customerNames(List<Complaint> complaints) {
    return CustomerNames.byId(em, complaints.stream().map(c -> c.customerId()).toList());
  }

  /**
   * The owner: the caller unless named; only a manager names someone else, who must be active staff
   * of the complaint's store.
   */
  private void assignOwner(Complaint complaint, Long requested) {
    Long self = user.userId().orElse(null);
    if (requested == null || requested.equals(self)) {
      if (self == null) {
        throw RuleViolationException.refused(
            "error.complaint.ownerRequired",
            "ownerId",
            "Name the staff member who owns the complaint");
      }
      complaint.ownedBy(self, user.username());
      return;
    }
    if (!user.hasRole(Role.MANAGER) && !user.hasRole(Role.ADMIN)) {
      throw RuleViolationException.refused(
          "error.complaint.assignOthers",
          "ownerId",
          "You own the complaints you log; a manager hands them to others");
    }
    UserView owner;
    try {
      owner = staff.get(requested);
    } catch (RecordNotFoundException missing) {
      owner = null;
    }
    if (owner == null
        || !owner.active()
        || !Objects.equals(owner.storeId(), complaint.storeId())
        || owner.role() == Role.ADMIN) {
      throw RuleViolationException.refused(
          "error.complaint.ownerElsewhere",
          "ownerId",
          "The owner must be active staff of the complaint's store");
    }
    complaint.ownedBy(owner.id(), owner.username());
  }

  private Complaint load(long id) {
    Complaint complaint = em.find(Complaint.class, id);
    if (complaint == null) {
      throw new RecordNotFoundException(RECORD_TYPE, id);
    }
    scope.checkVisible(complaint.storeId(), RECORD_TYPE, id);
    return complaint;
  }

  private String customerName(Complaint complaint) {
    if (complaint.customerId() == null) {
      return null;
    }
    return em.createQuery("select c.name from Customer c where c.id = :id", String.class)
        .setParameter("id", complaint.customerId())
        .getSingleResult();
  }

  static AuditedRecord record(Complaint complaint) {
    return new AuditedRecord(RECORD_TYPE, complaint.id(), complaint.storeId());
  }
}
