package org.storecrm.accounts.internal.accounts;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.storecrm.accounts.AccountChanges;
import org.storecrm.accounts.AccountFilter;
import org.storecrm.accounts.AccountStatus;
import org.storecrm.accounts.AccountSummary;
import org.storecrm.accounts.AccountView;
import org.storecrm.accounts.Accounts;
import org.storecrm.accounts.NewAccount;
import org.storecrm.accounts.internal.AccountsSettings;
import org.storecrm.accounts.internal.AccountsTexts;
import org.storecrm.accounts.internal.StaffLookup;
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
import org.storecrm.platform.StaleRecordException;
import org.storecrm.platform.StoreScope;
import org.storecrm.platform.ValidatedArguments;
import org.storecrm.sales.BusinessAccounts;

/**
 * Keeps the accounts, scoped to the caller's store, and answers the sales module's {@link
 * BusinessAccounts} SPI (business clients go first in the service queue).
 */
@Stateless
@LocalBean
@Local({Accounts.class, BusinessAccounts.class})
@ValidatedArguments
@RolesAllowed({Roles.ACCOUNT_MANAGER, Roles.MANAGER, Roles.ADMIN})
public class AccountService implements Accounts, BusinessAccounts {
  private static final Map<String, Function<Root<Account>, Expression<?>>> SORTABLE =
      Map.of(
          "name", r -> r.get("nameLower"),
          "status", r -> r.get("status"),
          "paymentTermDays", r -> r.get("paymentTermDays"));

  @PersistenceContext EntityManager em;
  @Inject StoreScope scope;
  @Inject CurrentUser user;
  @Inject AuditTrail audit;
  @Inject AccountsSettings settings;
  @Inject StaffLookup staff;
  @Inject Clock clock;

  @Override
  public AccountView create(NewAccount input) {
    long storeId = scope.storeForNewRecord(input.storeId(), "account");
    Long managerId = input.accountManagerId();
    if (managerId == null && user.hasRole(Role.ACCOUNT_MANAGER)) {
      managerId = user.userId().orElse(null);
    }
    checkTerms(managerId, storeId, input.paymentTermDays());
    Account account = new Account(storeId, managerId, input, clock.instant(), user.username());
    em.persist(account);
    audit.created(
        new AuditedRecord(Account.RECORD_TYPE, account.id(), storeId), account.auditState());
    em.flush();
    return view(account);
  }

  @Override
  public AccountView update(long id, AccountChanges changes) {
    Account account = load(id);
    if (changes.version() != account.version()) {
      throw new StaleRecordException(Account.RECORD_TYPE, id);
    }
    if (account.changesTerms(changes)) {
      checkTerms(changes.accountManagerId(), account.storeId(), changes.paymentTermDays());
    }
    Map<String, Object> before = account.auditState();
    account.edit(changes);
    em.flush();
    audit.changed(
        new AuditedRecord(Account.RECORD_TYPE, account.id(), account.storeId()),
        before,
        account.auditState());
    return view(account);
  }

  /**
   * The account manager (if any) is an active one of the store, and the terms are within the limit:
   * the business-account limit with an account manager, the store-credit limit without.
   */
  private void checkTerms(Long managerId, long storeId, int paymentTermDays) {
    if (managerId != null) {
      checkAccountManager(managerId, storeId);
    }
    int maxTerm = settings.maxTermDays(managerId != null);
    if (paymentTermDays > maxTerm) {
      throw RuleViolationException.refused(
          managerId != null ? "accounts.termTooLong" : "accounts.storeCreditTooLong",
          "paymentTermDays",
          "Payment terms may be at most "
              + maxTerm
              + " days"
              + (managerId != null ? "" : " without an account manager (store credit)"),
          Map.of("max", maxTerm));
    }
  }

  private void checkAccountManager(long managerId, long storeId) {
    Optional<StaffLookup.Staff> manager = staff.find(managerId);
    if (manager.isEmpty()
        || !manager.get().active()
        || manager.get().role() != Role.ACCOUNT_MANAGER
        || !Long.valueOf(storeId).equals(manager.get().storeId())) {
      throw RuleViolationException.refused(
          "accounts.managerUnknown",
          "accountManagerId",
          "User " + managerId + " is not an account manager of the store");
    }
  }

  @Override
  @RolesAllowed({
    Roles.ACCOUNT_MANAGER,
    Roles.MANAGER,
    Roles.ADMIN,
    Roles.CONSULTANT,
    Roles.SERVICE
  })
  public AccountView get(long id) {
    return view(load(id));
  }

  @Override
  public Map<Long, String> accountManagersOf(long id) {
    Map<Long, String> managers = new java.util.LinkedHashMap<>();
    staff.accountManagers(load(id).storeId()).forEach(s -> managers.put(s.id(), s.fullName()));
    return managers;
  }

  /** The account if the caller may see it; another store's is not found. */
  public Account load(long id) {
    Account account = em.find(Account.class, id);
    if (account == null) {
      throw new RecordNotFoundException(Account.RECORD_TYPE, id);
    }
    scope.checkVisible(account.storeId(), Account.RECORD_TYPE, id);
    return account;
  }

  @Override
  @RolesAllowed({
    Roles.ACCOUNT_MANAGER,
    Roles.MANAGER,
    Roles.ADMIN,
    Roles.CONSULTANT,
    Roles.SERVICE
  })
  public Page<AccountSummary> find(AccountFilter filter, PageRequest page) {
    return CriteriaPages.find(
            em,
            Account.class,
            page,
            (cb, root) -> {
              List<Predicate> where = new ArrayList<>();
              where.add(scope.restrict(cb, root.get("storeId")));
              if (filter.storeId() != null) {
                where.add(cb.equal(root.get("storeId"), filter.storeId()));
              }
              if (filter.q() != null && !filter.q().isBlank()) {
                where.add(
                    cb.like(
                        root.get("nameLower"),
                        CriteriaPages.containsPattern(filter.q().trim().toLowerCase(Locale.ROOT)),
                        CriteriaPages.LIKE_ESCAPE));
              }
              if (filter.status() != null) {
                where.add(cb.equal(root.get("status"), filter.status()));
              }
              if (filter.accountManagerId() != null) {
                where.add(cb.equal(root.get("accountManagerId"), filter.accountManagerId()));
              }
              if (filter.creditHold() != null) {
                // On hold exactly when it has a hold day (no boolean comparison: EclipseLink writes
                // boolean parameters as 0/1, which H2 refuses).
                where.add(
                    filter.creditHold()
                        ? cb.isNotNull(root.get("holdSince"))
                        : cb.isNull(root.get("holdSince")));
              }
              return cb.and(where.toArray(Predicate[]::new));
            },
            SORTABLE,
            "name",
            root -> {})
        .map(Account::toSummary);
  }

  AccountView view(Account a) {
    String managerName =
        a.accountManagerId() == null
            ? null
            : staff.find(a.accountManagerId()).map(StaffLookup.Staff::fullName).orElse(null);
    return a.toView(
        managerName, a.creditHold() ? AccountsTexts.holdReason(a, user.locale()) : null);
  }

  // --- BusinessAccounts (the sales SPI) ---

  @Override
  @RolesAllowed({
    Roles.ACCOUNT_MANAGER,
    Roles.MANAGER,
    Roles.ADMIN,
    Roles.CONSULTANT,
    Roles.SERVICE
  })
  public Optional<AccountRef> find(long accountId) {
    Account a = em.find(Account.class, accountId);
    if (a == null || !scope.canSee(a.storeId())) {
      return Optional.empty();
    }
    return Optional.of(
        new AccountRef(
            a.id(),
            a.name(),
            a.storeId(),
            a.status() == AccountStatus.KEY,
            a.status() != AccountStatus.PROSPECT));
  }

  @Override
  @RolesAllowed({
    Roles.ACCOUNT_MANAGER,
    Roles.MANAGER,
    Roles.ADMIN,
    Roles.CONSULTANT,
    Roles.SERVICE
  })
  public Map<Long, String> names(Collection<Long> accountIds) {
    Map<Long, String> names = new HashMap<>();
    if (accountIds.isEmpty()) {
      return names;
    }
    var cb = em.getCriteriaBuilder();
    var query = cb.createQuery(Object[].class);
    Root<Account> root = query.from(Account.class);
    query
        .multiselect(root.get("id"), root.get("name"))
        .where(root.get("id").in(accountIds), scope.restrict(cb, root.get("storeId")));
    for (Object[] row : em.createQuery(query).getResultList()) {
      names.put((Long) row[0], (String) row[1]);
    }
    return names;
  }
}
