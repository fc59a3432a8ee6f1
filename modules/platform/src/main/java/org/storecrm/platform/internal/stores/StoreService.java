package org.storecrm.platform.internal.stores;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Root;
import java.util.Map;
import java.util.function.Function;
import org.storecrm.platform.AuditTrail;
import org.storecrm.platform.AuditTrail.AuditedRecord;
import org.storecrm.platform.CriteriaPages;
import org.storecrm.platform.Page;
import org.storecrm.platform.PageRequest;
import org.storecrm.platform.RecordNotFoundException;
import org.storecrm.platform.Roles;
import org.storecrm.platform.RuleViolationException;
import org.storecrm.platform.StaleRecordException;
import org.storecrm.platform.StoreDirectory;
import org.storecrm.platform.StoreForm;
import org.storecrm.platform.StoreView;
import org.storecrm.platform.ValidatedArguments;

@Stateless
@ValidatedArguments
@RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.CONSULTANT, Roles.SERVICE, Roles.ACCOUNT_MANAGER})
public class StoreService implements StoreDirectory {
  static final String RECORD_TYPE = "Store";
  private static final Map<String, Function<Root<Store>, Expression<?>>> SORTABLE =
      Map.of(
          "code", r -> r.get("code"),
          "name", r -> r.get("name"),
          "region", r -> r.get("region"),
          "city", r -> r.get("city"));

  @PersistenceContext private EntityManager em;
  @Inject private AuditTrail audit;

  @Override
  public Page<StoreView> find(String text, PageRequest page) {
    return CriteriaPages.find(
            em,
            Store.class,
            page,
            (cb, root) -> {
              if (text == null || text.isBlank()) {
                return cb.conjunction();
              }
              String pattern = CriteriaPages.containsPattern(text);
              return cb.or(
                  cb.like(cb.lower(root.get("code")), pattern, CriteriaPages.LIKE_ESCAPE),
                  cb.like(cb.lower(root.get("name")), pattern, CriteriaPages.LIKE_ESCAPE),
                  cb.like(cb.lower(root.get("region")), pattern, CriteriaPages.LIKE_ESCAPE),
                  cb.like(cb.lower(root.get("city")), pattern, CriteriaPages.LIKE_ESCAPE));
            },
            SORTABLE,
            "code",
            root -> {})
        .map(Store::toView);
  }

  @Override
  public StoreView get(long id) {
    return load(id).toView();
  }

  @Override
  @RolesAllowed(Roles.ADMIN)
  public StoreView create(StoreForm form) {
    requireUniqueCode(form.code(), null);
    Store store = new Store(form);
    em.persist(store);
    em.flush();
    audit.created(record(store), store.auditState());
    return store.toView();
  }

  @Override
  @RolesAllowed(Roles.ADMIN)
  public StoreView update(long id, StoreForm form) {
    Store store = load(id);
    if (form.version() == null || form.version() != store.getVersion()) {
      throw new StaleRecordException(RECORD_TYPE, id);
    }
    requireUniqueCode(form.code(), store.getId());
    Map<String, Object> before = store.auditState();
    store.edit(form);
    em.flush();
    audit.changed(record(store), before, store.auditState());
    return store.toView();
  }

  Store load(long id) {
    Store store = em.find(Store.class, id);
    if (store == null) {
      throw new RecordNotFoundException(RECORD_TYPE, id);
    }
    return store;
  }

  private void requireUniqueCode(String code, Long exceptId) {
    boolean taken =
        !em
            .createQuery("select s.id from Store s where s.code = :code", Long.class)
            .setParameter("code", code)
            .getResultList()
            .stream()
            .filter(existing -> !existing.equals(exceptId))
            .toList()
            .isEmpty();
    if (taken) {
      throw RuleViolationException.conflict(
          "error.store.codeTaken", "code", "Store code " + code + " is already in use");
    }
  }

  private static AuditedRecord record(Store store) {
    return new AuditedRecord(RECORD_TYPE, store.getId(), store.getId());
  }
}
