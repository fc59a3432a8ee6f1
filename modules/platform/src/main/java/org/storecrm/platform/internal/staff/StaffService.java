package org.storecrm.platform.internal.staff;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.storecrm.platform.AuditTrail;
import org.storecrm.platform.AuditTrail.AuditedRecord;
import org.storecrm.platform.CriteriaPages;
import org.storecrm.platform.CurrentUser;
import org.storecrm.platform.NewUser;
import org.storecrm.platform.Page;
import org.storecrm.platform.PageRequest;
import org.storecrm.platform.RecordNotFoundException;
import org.storecrm.platform.Role;
import org.storecrm.platform.Roles;
import org.storecrm.platform.RuleViolationException;
import org.storecrm.platform.StaffDirectory;
import org.storecrm.platform.StaleRecordException;
import org.storecrm.platform.StoreScope;
import org.storecrm.platform.UserChanges;
import org.storecrm.platform.UserFilter;
import org.storecrm.platform.UserView;
import org.storecrm.platform.ValidatedArguments;
import org.storecrm.platform.internal.stores.Store;

@Stateless
@ValidatedArguments
@RolesAllowed(Roles.ADMIN)
public class StaffService implements StaffDirectory {
  static final String RECORD_TYPE = "User";
  private static final Map<String, Function<Root<UserAccount>, Expression<?>>> SORTABLE =
      Map.of(
          "username", r -> r.get("username"),
          "fullName", r -> r.get("fullName"),
          "role", r -> r.get("role"),
          "store", r -> r.join("store", JoinType.LEFT).get("name"));

  @PersistenceContext private EntityManager em;
  @Inject private AuditTrail audit;
  @Inject private PasswordHashing passwords;
  @Inject private StoreScope scope;
  @Inject private CurrentUser currentUser;
  @Inject private Clock clock;
  @Inject private Event<LoginChanged> loginChanged;

  @Override
  @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
  public Page<UserView> find(UserFilter filter, PageRequest page) {
    return CriteriaPages.find(
            em,
            UserAccount.class,
            page,
            (cb, root) -> {
              List<Predicate> where = new ArrayList<>();
              where.add(scope.restrict(cb, root.get("store").get("id")));
              if (filter.text() != null && !filter.text().isBlank()) {
                String pattern = CriteriaPages.containsPattern(filter.text());
                where.add(
                    cb.or(
                        cb.like(root.get("username"), pattern, CriteriaPages.LIKE_ESCAPE),
                        cb.like(
                            cb.lower(root.get("fullName")), pattern, CriteriaPages.LIKE_ESCAPE)));
              }
              if (filter.role() != null) {
                where.add(cb.equal(root.get("role"), filter.role()));
              }
              if (filter.storeId() != null) {
                where.add(cb.equal(root.get("store").get("id"), filter.storeId()));
              }
              if (filter.active() != null) {
                where.add(cb.equal(root.get("active"), filter.active()));
              }
              return cb.and(where.toArray(Predicate[]::new));
            },
            SORTABLE,
            "username",
            root -> root.fetch("store", JoinType.LEFT))
        .map(UserAccount::toView);
  }

  @Override
  @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
  public Map<String, Long> idsByUsername(Collection<String> usernames) {
    Map<String, Long> ids = new java.util.HashMap<>();
    if (usernames.isEmpty()) {
      return ids;
    }
    em.createQuery(
            "select u.username, u.id from UserAccount u where u.username in :usernames",
            Object[].class)
        .setParameter("usernames", usernames)
        .getResultList()
        .forEach(row -> ids.put((String) row[0], ((Number) row[1]).longValue()));
    return ids;
  }

  @Override
  @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
  public List<UserView> byIds(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    var cb = em.getCriteriaBuilder();
    var query = cb.createQuery(UserAccount.class);
    Root<UserAccount> root = query.from(UserAccount.class);
    root.fetch("store", JoinType.LEFT);
    query.where(root.get("id").in(ids), scope.restrict(cb, root.get("store").get("id")));
    return em.createQuery(query).getResultStream().map(UserAccount::toView).toList();
  }

  @Override
  @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
  public UserView get(long id) {
    return loadVisible(id).toView();
  }

  @Override
  @RolesAllowed({
    Roles.ADMIN,
    Roles.MANAGER,
    Roles.CONSULTANT,
    Roles.SERVICE,
    Roles.ACCOUNT_MANAGER
  })
  public Optional<UserView> findByUsername(String username) {
    return findAccount(username)
        .filter(account -> scope.canSee(storeIdOf(account)) || isCaller(account))
        .map(UserAccount::toView);
  }

  @Override
  public UserView create(NewUser user) {
    requireStoreMatchesRole(user.role(), user.storeId());
    if (findAccount(user.username()).isPresent()) {
      throw RuleViolationException.conflict(
          "error.user.usernameTaken",
          "username",
          "Username " + user.username() + " is already taken");
    }
    UserAccount account =
        new UserAccount(
            user.username(),
            passwords.hashChosenPassword(user.password(), "password"),
            user.fullName(),
            user.role(),
            storeOrNull(user.storeId()),
            user.language(),
            clock.instant());
    em.persist(account);
    em.flush();
    audit.created(record(account), account.auditState());
    return account.toView();
  }

  @Override
  public UserView update(long id, UserChanges changes) {
    UserAccount account = loadVisible(id);
    if (changes.version() != account.getVersion()) {
      throw new StaleRecordException(RECORD_TYPE, id);
    }
    requireStoreMatchesRole(changes.role(), changes.storeId());
    if (isCaller(account) && (!changes.active() || changes.role() != Role.ADMIN)) {
      throw RuleViolationException.refused(
          "error.user.cannotDemoteSelf",
          changes.active() ? "role" : "active",
          "Administrators cannot deactivate themselves or drop their own admin role");
    }
    Map<String, Object> before = account.auditState();
    account.edit(
        changes.fullName(),
        changes.role(),
        storeOrNull(changes.storeId()),
        changes.language(),
        changes.active());
    em.flush();
    audit.changed(record(account), before, account.auditState());
    loginChanged.fire(new LoginChanged(account.getUsername()));
    return account.toView();
  }

  @Override
  public void resetPassword(long id, String newPassword) {
    UserAccount account = loadVisible(id);
    account.changePassword(passwords.hashChosenPassword(newPassword, "newPassword"));
    audit.action(record(account), "PASSWORD_RESET", "password reset by an administrator");
    loginChanged.fire(new LoginChanged(account.getUsername()));
  }

  @Override
  @RolesAllowed({
    Roles.ADMIN,
    Roles.MANAGER,
    Roles.CONSULTANT,
    Roles.SERVICE,
    Roles.ACCOUNT_MANAGER
  })
  public void changeOwnPassword(String currentPassword, String newPassword) {
    UserAccount account = caller();
    if (!passwords.matches(currentPassword, account.getPasswordHash())) {
      throw RuleViolationException.refused(
          "error.password.currentWrong", "currentPassword", "The current password is not correct");
    }
    account.changePassword(passwords.hashChosenPassword(newPassword, "newPassword"));
    audit.action(record(account), "PASSWORD_CHANGE", "password changed by its owner");
    loginChanged.fire(new LoginChanged(account.getUsername()));
  }

  @Override
  @RolesAllowed({
    Roles.ADMIN,
    Roles.MANAGER,
    Roles.CONSULTANT,
    Roles.SERVICE,
    Roles.ACCOUNT_MANAGER
  })
  public void changeOwnLanguage(String language) {
    UserAccount account = caller();
    Map<String, Object> before = account.auditState();
    account.chooseLanguage(language);
    audit.changed(record(account), before, account.auditState());
    loginChanged.fire(new LoginChanged(account.getUsername()));
  }

  private UserAccount caller() {
    return findAccount(currentUser.username())
        .orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, currentUser.username()));
  }

  private boolean isCaller(UserAccount account) {
    return account.getUsername().equals(currentUser.username());
  }

  private UserAccount loadVisible(long id) {
    UserAccount account = em.find(UserAccount.class, id);
    if (account == null) {
      throw new RecordNotFoundException(RECORD_TYPE, id);
    }
    scope.checkVisible(storeIdOf(account), RECORD_TYPE, id);
    return account;
  }

  Optional<UserAccount> findAccount(String username) {
    return em.createQuery(
            "select u from UserAccount u where u.username = :username", UserAccount.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst();
  }

  private Store storeOrNull(Long storeId) {
    if (storeId == null) {
      return null;
    }
    Store store = em.find(Store.class, storeId);
    if (store == null) {
      throw RuleViolationException.refused(
          "error.user.storeUnknown", "storeId", "Store " + storeId + " does not exist");
    }
    return store;
  }

  /** Store staff belong to a store; head-office administrators to none. */
  private static void requireStoreMatchesRole(Role role, Long storeId) {
    if (!role.spansAllStores() && storeId == null) {
      throw RuleViolationException.refused(
          "error.user.storeRequired", "storeId", "A " + role + " belongs to a store");
    }
  }

  private static Long storeIdOf(UserAccount account) {
    return account.getStore() == null ? null : account.getStore().getId();
  }

  private static AuditedRecord record(UserAccount account) {
    return new AuditedRecord(RECORD_TYPE, account.getId(), storeIdOf(account));
  }

  /**
   * A login's password, role, store, language or activity changed: what is cached of it must be
   * dropped.
   */
  public record LoginChanged(String username) {}
}
