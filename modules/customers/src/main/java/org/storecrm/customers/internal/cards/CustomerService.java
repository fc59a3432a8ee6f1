package org.storecrm.customers.internal.cards;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.storecrm.customers.BaseKind;
import org.storecrm.customers.BuyerIdentity;
import org.storecrm.customers.Classification;
import org.storecrm.customers.ContactKind;
import org.storecrm.customers.ContactView;
import org.storecrm.customers.CustomerCard;
import org.storecrm.customers.CustomerChanges;
import org.storecrm.customers.CustomerDirectory;
import org.storecrm.customers.CustomerSummary;
import org.storecrm.customers.CustomerType;
import org.storecrm.customers.FollowUpReason;
import org.storecrm.customers.GradeChange;
import org.storecrm.customers.NewContact;
import org.storecrm.customers.NewCustomer;
import org.storecrm.customers.SourceChannel;
import org.storecrm.customers.internal.CustomersSettings;
import org.storecrm.customers.internal.PhoneMasking;
import org.storecrm.customers.internal.followups.ContactRecord;
import org.storecrm.customers.internal.followups.FollowUpPlan;
import org.storecrm.customers.internal.followups.FollowUpScheduler;
import org.storecrm.platform.AuditTrail;
import org.storecrm.platform.AuditTrail.AuditedRecord;
import org.storecrm.platform.CriteriaPages;
import org.storecrm.platform.CurrentUser;
import org.storecrm.platform.DatabaseFailures;
import org.storecrm.platform.Page;
import org.storecrm.platform.PageRequest;
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
@RolesAllowed({Roles.CONSULTANT, Roles.MANAGER, Roles.SERVICE, Roles.ACCOUNT_MANAGER, Roles.ADMIN})
public class CustomerService implements CustomerDirectory {
  public static final String RECORD_TYPE = "Customer";

  /**
   * Leads that come from elsewhere and must be contacted first; walk-ins and calls already were.
   */
  private static final Set<SourceChannel> ASSIGNED_LEADS =
      EnumSet.of(
          SourceChannel.HEAD_OFFICE_LEAD,
          SourceChannel.DEALER_LEAD,
          SourceChannel.EVENT,
          SourceChannel.REFERRAL,
          SourceChannel.COLD_VISIT);

  /** Contacts in person or on the phone: each is the follow-up the cadence asked for. */
  private static final Set<ContactKind> FOLLOW_UP_CONTACTS =
      EnumSet.of(ContactKind.VISIT, ContactKind.PHONE_IN, ContactKind.CALL, ContactKind.CALLBACK);

  /** The list's sort names, each to the JPQL path it orders by. */
  private static final Map<String, String> SORTABLE =
      Map.of(
          "name", "c.nameKey",
          "phone", "c.phone",
          "registeredAt", "c.registeredAt",
          "nextFollowUpDue", "c.nextFollowUpDue");

  @PersistenceContext EntityManager em;
  @Inject StoreScope scope;
  @Inject CurrentUser user;
  @Inject PhoneMasking masking;
  @Inject StaffDirectory staff;
  @Inject AuditTrail audit;
  @Inject FollowUpPlan plan;
  @Inject FollowUpScheduler scheduler;
  @Inject Clock clock;
  @Inject CustomersSettings settings;
  @EJB PhoneOwners phoneOwners;

  @Override
  public CustomerCard register(NewCustomer input) {
    long storeId = scope.storeForNewRecord(input.storeId(), "customer");
    PhoneNumbers.Checked phone = PhoneNumbers.check(input.phone(), input.phoneType());
    em.createQuery(
            "select c.id from Customer c where c.storeId = :store and c.phone = :phone", Long.class)
        .setParameter("store", storeId)
        .setParameter("phone", phone.number())
        .getResultStream()
        .findFirst()
        .ifPresent(
            existing -> {
              throw phoneTaken(existing);
            });
    Instant now = clock.instant();
    Customer customer =
        new Customer(storeId, input.name(), phone, now, settings.tiers().lowest().key());
    customer.describe(
        input.type(),
        input.region(),
        input.city(),
        input.county(),
        input.birthday(),
        input.notes(),
        input.gender(),
        input.address());
    customer.cameThrough(input.source());
    customer.prefer(input.language() == null ? CustomerCard.DEFAULT_LANGUAGE : input.language());
    customer.referredBy(referrerFor(input.referrerId(), storeId));
    customer.replaceOtherPhones(otherPhones(input.otherPhones()));
    customer.assignTo(consultantFor(input.consultantId(), storeId));
    if (input.marketingConsent()) {
      customer.consentToMarketing(true, now);
    }
    em.persist(customer);
    try {
      em.flush();
    } catch (PersistenceException e) {
      // A concurrent registration of the phone committed between the check and this insert.
      if (DatabaseFailures.isUniqueViolation(e)) {
        Optional<Long> winner = phoneOwners.ownerAfterRace(storeId, phone.number());
        if (winner.isPresent()) {
          throw phoneTaken(winner.get());
        }
      }
      throw e;
    }
    NamePart.index(em, customer, false);
    if (ASSIGNED_LEADS.contains(input.source())) {
      scheduler.open(customer, FollowUpReason.FIRST_CONTACT, plan.firstContactDue(now));
    } else {
      ContactKind kind =
          input.source() == SourceChannel.PHONE_IN ? ContactKind.PHONE_IN : ContactKind.VISIT;
      em.persist(
          new ContactRecord(
              customer,
              kind,
              now,
              user.username(),
              input.purpose(),
              input.outcome() == null || input.outcome().isBlank() ? "registered" : input.outcome(),
              null));
      customer.contactedAt(now);
    }
    audit.created(record(customer), customer.auditState());
    em.flush(); // the card carries the version the next edit must quote
    return customer.toCard(showPhones());
  }

  @Override
  public Page<CustomerSummary> find(String text, PageRequest page) {
    return find(text, null, page);
  }

  @Override
  public Page<CustomerSummary> find(String text, String tier, PageRequest page) {
    boolean tiered = tier != null && !tier.isBlank();
    boolean byName = text != null && !text.isBlank() && !PhoneNumbers.looksLikePhonePrefix(text);
    if (byName && !tiered && (page.sort() == null || page.sort().equals("name"))) {
      return findByNamePart(text, page);
    }
    boolean byPhone = text != null && PhoneNumbers.looksLikePhonePrefix(text);
    Optional<Long> store = scope.limitedTo();
    Map<String, Object> parameters = new java.util.HashMap<>();
    List<String> where = new ArrayList<>();
    store.ifPresent(
        id -> {
          where.add("c.storeId = :store");
          parameters.put("store", id);
        });
    if (tiered) {
      // The store's tier index (store, tier, name) serves the filter in name order.
      where.add("c.tier = :tier");
      parameters.put("tier", tier.trim());
    }
    if (byPhone) {
      String prefix = text.trim().replace(" ", "");
      where.add("c.phone like :prefix escape '\\'");
      parameters.put("prefix", CriteriaPages.prefixPattern(prefix));
      if (prefix.chars().allMatch(Character::isDigit)) {
        // The same prefix as a range: the store's phone index then serves both the match and the
        // phone order, so a page stops after its rows (a LIKE alone leaves PostgreSQL walking the
        // store in phone order).
        where.add("c.phone >= :from and c.phone <= :to");
        parameters.put("from", prefix);
        parameters.put("to", prefix + "9".repeat(30 - prefix.length()));
      }
    } else if (byName) {
      // Any part of the name: a prefix of one of its indexed suffixes.
      where.add(
          "c.id in (select p.customerId from NamePart p where p.part like :part escape '\\'"
              + (store.isPresent() ? " and p.storeId = :store" : "")
              + ")");
      parameters.put("part", CriteriaPages.prefixPattern(text.trim().toLowerCase(Locale.ROOT)));
    }
    String filter =
        " from Customer c" + (where.isEmpty() ? "" : " where " + String.join(" and ", where));
    String direction = page.ascending() ? " asc" : " desc";
    String sortBy =
        page.sort() != null && SORTABLE.containsKey(page.sort())
            ? SORTABLE.get(page.sort())
            : SORTABLE.get(byPhone ? "phone" : "name");
    // JPQL rather than criteria: EclipseLink keeps a JPQL string's prepared query, so a search
    // builds no query per request.
    TypedQuery<Object[]> rows =
        em.createQuery(
            "select "
                + Customer.SUMMARY_COLUMNS
                + filter
                + " order by "
                + sortBy
                + direction
                + ", c.id"
                + direction,
            Object[].class);
    // count(c.phone), not count(c): the phone is never null and is in the store's phone index,
    // so PostgreSQL counts from that index alone instead of visiting every matching row.
    TypedQuery<Long> count = em.createQuery("select count(c.phone)" + filter, Long.class);
    parameters.forEach(
        (name, value) -> {
          rows.setParameter(name, value);
          count.setParameter(name, value);
        });
    boolean showPhones = showPhones();
    List<CustomerSummary> items =
        rows.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList().stream()
            .map(row -> Customer.summary(row, showPhones))
            .toList();
    return new Page<>(
        items,
        CriteriaPages.total(page, items.size(), count::getSingleResult),
        page.page(),
        page.size());
  }

  /**
   * A name search in name order, driven from the name parts' index: the page and the count are read
   * from {@code cus_name_part} alone (it carries the whole name), then the page's customers are
   * fetched by id. Planners misjudge an {@code IN} subquery under {@code ORDER BY … LIMIT} and walk
   * the whole name index instead.
   */
  private Page<CustomerSummary> findByNamePart(String text, PageRequest page) {
    Optional<Long> store = scope.limitedTo();
    String where =
        " from NamePart p where p.part like :prefix escape '\\'"
            + (store.isPresent() ? " and p.storeId = :store" : "");
    TypedQuery<Long> count =
        em.createQuery("select count(distinct p.customerId)" + where, Long.class);
    TypedQuery<Object[]> ids =
        em.createQuery(
            "select p.customerId, p.nameKey"
                + where
                + " group by p.customerId, p.nameKey order by p.nameKey "
                + (page.ascending() ? "asc" : "desc")
                + ", p.customerId",
            Object[].class);
    String prefix = CriteriaPages.prefixPattern(text.trim().toLowerCase(Locale.ROOT));
    for (TypedQuery<?> query : List.of(count, ids)) {
      query.setParameter("prefix", prefix);
      store.ifPresent(id -> query.setParameter("store", id));
    }
    List<Long> pageIds =
        ids.setFirstResult(page.offset())
            .setMaxResults(page.size())
            .getResultStream()
            .map(row -> (Long) row[0])
            .toList();
    boolean showPhones = showPhones();
    Map<Long, CustomerSummary> customers = new java.util.HashMap<>();
    if (!pageIds.isEmpty()) {
      em.createQuery(
              "select " + Customer.SUMMARY_COLUMNS + " from Customer c where c.id in :ids",
              Object[].class)
          .setParameter("ids", pageIds)
          .getResultList()
          .forEach(row -> customers.put((Long) row[0], Customer.summary(row, showPhones)));
    }
    return new Page<>(
        pageIds.stream().map(customers::get).toList(),
        CriteriaPages.total(page, pageIds.size(), count::getSingleResult),
        page.page(),
        page.size());
  }

  @Override
  public CustomerCard get(long id) {
    return load(id).toCard(showPhones());
  }

  @Override
  @PermitAll
  public List<Long> demoClients(long storeId, int limit) {
    return em.createQuery(
            "select c.id from Customer c where c.storeId = :store and c.type = :person"
                + " order by c.registeredAt, c.id",
            Long.class)
        .setParameter("store", storeId)
        .setParameter("person", CustomerType.PERSON)
        .setMaxResults(Math.max(0, Math.min(limit, PageRequest.MAX_SIZE)))
        .getResultList();
  }

  @Override
  @PermitAll
  public Map<Long, BuyerIdentity> identities(Collection<Long> ids) {
    if (ids.size() > MAX_IDENTITIES) {
      throw new IllegalArgumentException("at most " + MAX_IDENTITIES + " ids");
    }
    Map<Long, BuyerIdentity> found = new java.util.HashMap<>();
    if (ids.isEmpty()) {
      return found;
    }
    for (Object[] row :
        em.createQuery(
                "select c.id, c.storeId, c.name, c.phone, c.type from Customer c where c.id in :ids",
                Object[].class)
            .setParameter("ids", Set.copyOf(ids))
            .getResultList()) {
      long id = (Long) row[0];
      found.put(
          id,
          new BuyerIdentity(
              id, (Long) row[1], (String) row[2], (String) row[3], (CustomerType) row[4]));
    }
    return found;
  }

  @Override
  public Map<Long, String> names(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    if (ids.size() > PageRequest.MAX_SIZE) {
      throw new IllegalArgumentException("at most " + PageRequest.MAX_SIZE + " ids");
    }
    Optional<Long> store = scope.limitedTo();
    TypedQuery<Object[]> query =
        em.createQuery(
            "select c.id, c.name from Customer c where c.id in :ids"
                + (store.isPresent() ? " and c.storeId = :store" : ""),
            Object[].class);
    query.setParameter("ids", Set.copyOf(ids));
    store.ifPresent(id -> query.setParameter("store", id));
    Map<Long, String> names = new java.util.HashMap<>();
    for (Object[] row : query.getResultList()) {
      names.put((Long) row[0], (String) row[1]);
    }
    return names;
  }

  @Override
  public boolean isCustomerOf(long customerId, long storeId) {
    Optional<Long> store = scope.limitedTo();
    if (store.isPresent() && store.get() != storeId) {
      return false;
    }
    return !em.createQuery(
            "select c.id from Customer c where c.id = :id and c.storeId = :store", Long.class)
        .setParameter("id", customerId)
        .setParameter("store", storeId)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  @Override
  public CustomerCard update(long id, CustomerChanges changes) {
    Customer customer = load(id);
    if (changes.version() != customer.version()) {
      throw new StaleRecordException(RECORD_TYPE, id);
    }
    Map<String, Object> before = customer.auditState();
    String oldNameKey = customer.nameKey();
    customer.rename(changes.name());
    if (!customer.nameKey().equals(oldNameKey)) {
      NamePart.index(em, customer, true);
    }
    customer.describe(
        changes.type(),
        changes.region(),
        changes.city(),
        changes.county(),
        changes.birthday(),
        changes.notes(),
        changes.gender(),
        changes.address());
    if (changes.language() != null) {
      customer.prefer(changes.language());
    }
    if (changes.referrerId() != null && changes.referrerId().equals(customer.id())) {
      throw refused(
          "error.customer.referrer", "referrerId", "A customer does not refer themselves");
    }
    customer.referredBy(referrerFor(changes.referrerId(), customer.storeId()));
    customer.replaceOtherPhones(otherPhones(changes.otherPhones()));
    if (changes.marketingConsent() != customer.marketingConsent()) {
      customer.consentToMarketing(changes.marketingConsent(), clock.instant());
    }
    em.flush();
    audit.changed(record(customer), before, customer.auditState());
    return customer.toCard(showPhones());
  }

  @Override
  @RolesAllowed({Roles.CONSULTANT, Roles.MANAGER, Roles.ADMIN})
  public CustomerCard grade(long id, GradeChange change) {
    Customer customer = load(id);
    Map<String, Object> before = customer.auditState();
    Instant now = clock.instant();
    em.persist(
        new CustomerChange(
            customer.id(),
            now,
            user.username(),
            "grade",
            customer.grade(),
            change.grade(),
            change.reason()));
    customer.regrade(change.grade());
    if (customer.baseKind() == BaseKind.LOST) {
      LostSale.markWonBack(em, customer.id(), now);
    }
    if (customer.classification() != Classification.VIP) {
      if (customer.classification() != Classification.BASE
          || customer.baseKind() != BaseKind.INTENT) {
        em.persist(
            new CustomerChange(
                customer.id(),
                now,
                user.username(),
                "classification",
                customer.classificationLabel(),
                "BASE/INTENT",
                change.reason()));
      }
      customer.reclassify(Classification.BASE, BaseKind.INTENT);
    }
    scheduler.replaceGradeFollowUp(customer, plan.nextForGrade(change.grade(), now));
    audit.changed(record(customer), before, customer.auditState());
    em.flush();
    return customer.toCard(showPhones());
  }

  @Override
  public ContactView logContact(long customerId, NewContact contact) {
    Customer customer = Customer.visibleForUpdate(em, scope, customerId);
    Instant occurredAt = contact.occurredAt() == null ? clock.instant() : contact.occurredAt();
    ContactRecord entry =
        new ContactRecord(
            customer,
            contact.kind(),
            occurredAt,
            user.username(),
            contact.purpose(),
            contact.outcome(),
            contact.note());
    entry.planNextStep(contact.nextStep());
    if (contact.nextStepAt() != null) {
      if (contact.nextStep() == null || contact.nextStep().isBlank()) {
        throw RuleViolationException.refused(
            "error.contact.nextStepRequired", "nextStep", "Say what the planned contact is to do");
      }
      if (!contact.nextStepAt().isAfter(clock.instant())) {
        throw RuleViolationException.refused(
            "error.contact.nextStepPast", "nextStepAt", "A planned contact lies in the future");
      }
    }
    em.persist(entry);
    if (customer.lastContactAt() == null || occurredAt.isAfter(customer.lastContactAt())) {
      customer.contactedAt(occurredAt);
      if (FOLLOW_UP_CONTACTS.contains(contact.kind())) {
        // The latest contact is the follow-up that was due (an imported older one is not).
        em.flush();
        scheduler.followedUp(customer, occurredAt, contact.outcome(), user.username());
      }
    }
    if (contact.nextStepAt() != null) {
      // After followedUp, which closes the planned contacts this one fulfilled.
      scheduler.plan(
          customer,
          null,
          contact.nextStep().strip(),
          contact.nextStepAt(),
          customer.consultantId());
    }
    em.flush();
    return entry.toView();
  }

  @Override
  public List<ContactView> contacts(long customerId, int limit) {
    Customer customer = load(customerId);
    return em
        .createQuery(
            "select k from ContactRecord k where k.customerId = :id order by k.occurredAt desc, k.id desc",
            ContactRecord.class)
        .setParameter("id", customer.id())
        .setMaxResults(Math.max(1, Math.min(limit, 200)))
        .getResultList()
        .stream()
        .map(ContactRecord::toView)
        .toList();
  }

  Customer load(long id) {
    return Customer.visible(em, scope, id);
  }

  boolean showPhones() {
    return masking.phonesVisibleTo(user);
  }

  /** The referring customer must be a customer of the same store. */
  private Long referrerFor(Long referrerId, long storeId) {
    if (referrerId == null) {
      return null;
    }
    Customer referrer = em.find(Customer.class, referrerId);
    if (referrer == null || referrer.storeId() != storeId) {
      throw refused(
          "error.customer.referrer", "referrerId", "The referrer must be a customer of the store");
    }
    return referrerId;
  }

  private static List<OtherPhone> otherPhones(List<String> numbers) {
    List<OtherPhone> phones = new ArrayList<>();
    if (numbers != null) {
      for (int i = 0; i < numbers.size(); i++) {
        OtherPhone phone =
            new OtherPhone(PhoneNumbers.checkOther(numbers.get(i), "otherPhones[" + i + "]"));
        if (phones.stream().noneMatch(p -> p.phone.equals(phone.phone))) {
          phones.add(phone);
        }
      }
    }
    return phones;
  }

  private static RuleViolationException phoneTaken(long existing) {
    return RuleViolationException.conflict(
        "error.customer.phoneTaken",
        "phone",
        "This phone is already a customer of the store (card " + existing + ")",
        Map.of("id", existing));
  }

  private static RuleViolationException refused(String key, String field, String detail) {
    return RuleViolationException.refused(key, field, detail);
  }

  /** The consultant a new customer is assigned to: the one named, else the registering one. */
  private Long consultantFor(Long requested, long storeId) {
    if (requested == null) {
      return user.hasRole(Role.CONSULTANT) ? user.userId().orElse(null) : null;
    }
    if (user.hasRole(Role.CONSULTANT) && !requested.equals(user.userId().orElse(null))) {
      throw RuleViolationException.refused(
          "error.customer.assignOthers",
          "consultantId",
          "Consultants register customers for themselves; a manager assigns them to others");
    }
    if (user.hasRole(Role.CONSULTANT)) {
      return requested;
    }
    UserView consultant = staff.get(requested);
    if (consultant.storeId() == null || consultant.storeId() != storeId || !consultant.active()) {
      throw RuleViolationException.refused(
          "error.customer.consultantElsewhere",
          "consultantId",
          "The consultant must be active staff of the customer's store");
    }
    return requested;
  }

  static AuditedRecord record(Customer customer) {
    return new AuditedRecord(RECORD_TYPE, customer.id(), customer.storeId());
  }
}
