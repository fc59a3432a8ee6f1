package org.storecrm.accounts.internal.handovers;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.storecrm.accounts.AccountView;
import org.storecrm.accounts.Accounts;
import org.storecrm.accounts.HandoverConversion;
import org.storecrm.accounts.HandoverSource;
import org.storecrm.accounts.HandoverStatus;
import org.storecrm.accounts.HandoverView;
import org.storecrm.accounts.Handovers;
import org.storecrm.accounts.NewHandover;
import org.storecrm.accounts.ScanReason;
import org.storecrm.accounts.SmbScanReport;
import org.storecrm.accounts.internal.StaffLookup;
import org.storecrm.customers.CustomerCard;
import org.storecrm.customers.CustomerDirectory;
import org.storecrm.customers.CustomerType;
import org.storecrm.platform.CurrentUser;
import org.storecrm.platform.RecordNotFoundException;
import org.storecrm.platform.Role;
import org.storecrm.platform.Roles;
import org.storecrm.platform.RuleViolationException;
import org.storecrm.platform.StoreScope;
import org.storecrm.platform.ValidatedArguments;

/**
 * Hands walk-in company buyers to an account manager and works that manager's queue. An account
 * manager sees only their own handovers (another's is not found), a store manager their store's,
 * head office all.
 */
@Stateless
@LocalBean
@Local(Handovers.class)
@ValidatedArguments
@RolesAllowed({Roles.ACCOUNT_MANAGER, Roles.MANAGER, Roles.ADMIN})
public class HandoverService implements Handovers {
  private static final int MAX_QUEUE = 200;

  @PersistenceContext EntityManager em;
  @Inject StoreScope scope;
  @Inject CurrentUser user;
  @Inject StaffLookup staff;
  @Inject CustomerDirectory customers;
  @Inject Accounts accounts;
  @Inject Clock clock;
  @EJB SmbScanTimer smbScanTimer;

  @Override
  @RolesAllowed({Roles.CONSULTANT, Roles.MANAGER, Roles.ACCOUNT_MANAGER, Roles.ADMIN})
  public HandoverView handOver(NewHandover input) {
    // Another store's customer is not found here (the directory is store-scoped).
    CustomerCard customer = customers.get(input.customerId());
    if (customer.type() != CustomerType.COMPANY) {
      throw RuleViolationException.refused(
          "accounts.handoverNotCompany",
          "customerId",
          "Only a company customer can be handed to an account manager");
    }
    Optional<StaffLookup.Staff> manager = staff.find(input.accountManagerId());
    if (manager.isEmpty()
        || !manager.get().active()
        || manager.get().role() != Role.ACCOUNT_MANAGER
        || !Long.valueOf(customer.storeId()).equals(manager.get().storeId())) {
      throw RuleViolationException.refused(
          "accounts.managerUnknown",
          "accountManagerId",
          "User " + input.accountManagerId() + " is not an account manager of the store");
    }
    if (open(customer.id()).isPresent()) {
      throw RuleViolationException.conflict(
          "accounts.handoverOpen",
          "customerId",
          "The customer is already in an account manager's queue");
    }
    Handover handover =
        new Handover(
            customer.storeId(),
            customer.id(),
            customer.name(),
            customer.phone(),
            input.accountManagerId(),
            blankToNull(input.note()),
            clock.instant(),
            user.username());
    em.persist(handover);
    em.flush();
    return view(handover, Map.of(manager.get().id(), manager.get().fullName()), Map.of());
  }

  @Override
  public List<HandoverView> queue(Long accountManagerId, HandoverStatus status, int limit) {
    StringBuilder jpql = new StringBuilder("SELECT h FROM Handover h WHERE h.status = :status");
    Optional<Long> store = scope.limitedTo();
    Long managerId = user.hasRole(Role.ACCOUNT_MANAGER) ? ownId() : accountManagerId;
    if (store.isPresent()) {
      jpql.append(" AND h.storeId = :store");
    }
    if (managerId != null) {
      jpql.append(" AND h.accountManagerId = :manager");
    }
    jpql.append(" ORDER BY h.handedOverAt DESC, h.id DESC");
    TypedQuery<Handover> query =
        em.createQuery(jpql.toString(), Handover.class)
            .setParameter("status", status == null ? HandoverStatus.OPEN : status)
            .setMaxResults(Math.max(1, Math.min(limit, MAX_QUEUE)));
    store.ifPresent(s -> query.setParameter("store", s));
    if (managerId != null) {
      query.setParameter("manager", managerId);
    }
    List<Handover> found = query.getResultList();
    Map<Long, String> names =
        staff
            .find(found.stream().map(Handover::accountManagerId).collect(Collectors.toSet()))
            .values()
            .stream()
            .collect(Collectors.toMap(StaffLookup.Staff::id, StaffLookup.Staff::fullName));
    Map<Long, ScanReason> reasons = scanReasons(found);
    return found.stream().map(h -> view(h, names, reasons)).toList();
  }

  @Override
  public HandoverView get(long id) {
    return view(load(id, false));
  }

  @Override
  @RolesAllowed({Roles.CONSULTANT, Roles.MANAGER, Roles.ACCOUNT_MANAGER, Roles.ADMIN})
  public Optional<HandoverView> openFor(long customerId) {
    return open(customerId).filter(h -> scope.canSee(h.storeId())).map(this::view);
  }

  @Override
  @RolesAllowed({Roles.CONSULTANT, Roles.MANAGER, Roles.ACCOUNT_MANAGER, Roles.ADMIN})
  public Map<Long, String> accountManagersFor(long customerId) {
    CustomerCard customer = customers.get(customerId);
    Map<Long, String> managers = new LinkedHashMap<>();
    staff.accountManagers(customer.storeId()).forEach(s -> managers.put(s.id(), s.fullName()));
    return managers;
  }

  @Override
  public AccountView convert(long id, HandoverConversion conversion) {
    Handover handover = load(id, true);
    handover.requireOpen();
    AccountView account = accounts.create(handover.accountFor(conversion));
    handover.convert(account.id(), clock.instant(), user.username());
    return account;
  }

  @Override
  public HandoverView dismiss(long id, String reason) {
    Handover handover = load(id, true);
    handover.dismiss(reason, clock.instant(), user.username());
    return view(handover);
  }

  private Optional<Handover> open(long customerId) {
    return em
        .createQuery(
            "SELECT h FROM Handover h WHERE h.customerId = :customer AND h.status = :open",
            Handover.class)
        .setParameter("customer", customerId)
        .setParameter("open", HandoverStatus.OPEN)
        .setMaxResults(1)
        .getResultList()
        .stream()
        .findFirst();
  }

  /** Another store's handover, and for an account manager another manager's, is not found. */
  private Handover load(long id, boolean forUpdate) {
    Handover handover =
        forUpdate
            ? em.find(Handover.class, id, LockModeType.PESSIMISTIC_WRITE)
            : em.find(Handover.class, id);
    if (handover == null
        || !scope.canSee(handover.storeId())
        || (user.hasRole(Role.ACCOUNT_MANAGER) && !handover.accountManagerId().equals(ownId()))) {
      throw new RecordNotFoundException(Handover.RECORD_TYPE, id);
    }
    return handover;
  }

  private Long ownId() {
    return user.userId().orElse(-1L);
  }

  @Override
  @RolesAllowed(Roles.ADMIN)
  public SmbScanReport runSmbScan() {
    return smbScanTimer.runNow();
  }

  /** Why the scan listed those of these handovers it listed, by handover id, in one query. */
  private Map<Long, ScanReason> scanReasons(List<Handover> handovers) {
    List<Long> scanned =
        handovers.stream()
            .filter(h -> h.source() == HandoverSource.SMB_SCAN)
            .map(Handover::id)
            .toList();
    if (scanned.isEmpty()) {
      return Map.of();
    }
    return em.createQuery("SELECT f FROM SmbFind f WHERE f.handoverId IN :ids", SmbFind.class)
        .setParameter("ids", scanned)
        .getResultStream()
        .collect(Collectors.toMap(SmbFind::handoverId, SmbFind::reason));
  }

  private HandoverView view(Handover h) {
    return view(
        h,
        staff.find(h.accountManagerId()).map(s -> Map.of(s.id(), s.fullName())).orElse(Map.of()),
        scanReasons(List.of(h)));
  }

  private static HandoverView view(
      Handover h, Map<Long, String> managerNames, Map<Long, ScanReason> reasons) {
    return h.toView(managerNames.get(h.accountManagerId()), reasons.get(h.id()));
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }
}
