package org.storecrm.sales.internal.targets;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.storecrm.platform.AuditTrail;
import org.storecrm.platform.AuditTrail.AuditedRecord;
import org.storecrm.platform.CurrentUser;
import org.storecrm.platform.RecordNotFoundException;
import org.storecrm.platform.Role;
import org.storecrm.platform.Roles;
import org.storecrm.platform.RuleViolationException;
import org.storecrm.platform.StaffDirectory;
import org.storecrm.platform.StoreScope;
import org.storecrm.platform.UserView;
import org.storecrm.platform.ValidatedArguments;
import org.storecrm.sales.TargetInput;
import org.storecrm.sales.TargetSheet;
import org.storecrm.sales.TargetView;
import org.storecrm.sales.Targets;

@Stateless
@ValidatedArguments
@RolesAllowed({Roles.CONSULTANT, Roles.MANAGER, Roles.SERVICE, Roles.ACCOUNT_MANAGER, Roles.ADMIN})
public class TargetService implements Targets {
  @PersistenceContext EntityManager em;
  @Inject StoreScope scope;
  @Inject CurrentUser user;
  @Inject StaffDirectory staff;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  @Override
  public List<TargetView> month(YearMonth month, Long storeId) {
    long store = scope.storeForNewRecord(storeId, "report");
    return rows(store, month).stream().map(SalesTarget::toView).toList();
  }

  @Override
  @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
  public List<TargetView> set(YearMonth month, TargetSheet sheet) {
    long store = scope.storeForNewRecord(sheet.storeId(), "target");
    Instant now = clock.instant();
    Set<Long> seen = new HashSet<>();
    Map<Long, SalesTarget> existing =
        rows(store, month).stream()
            .collect(java.util.stream.Collectors.toMap(t -> t.subjectKey(), t -> t));
    for (int i = 0; i < sheet.targets().size(); i++) {
      TargetInput input = sheet.targets().get(i);
      String field = "targets[" + i + "].consultantId";
      if (!seen.add(SalesTarget.subjectKey(input.consultantId()))) {
        throw RuleViolationException.refused(
            "sales.targetTwice", field, "The sheet names this subject twice");
      }
      if (input.consultantId() != null) {
        checkSeller(input.consultantId(), store, field);
      }
      SalesTarget target = existing.get(SalesTarget.subjectKey(input.consultantId()));
      if (target == null) {
        target = new SalesTarget(store, input.consultantId(), month);
        target.apply(input, user.username(), now);
        em.persist(target);
        em.flush();
        audit.created(
            new AuditedRecord(SalesTarget.RECORD_TYPE, target.id(), store), target.auditState());
      } else {
        Map<String, Object> before = target.auditState();
        target.apply(input, user.username(), now);
        audit.changed(
            new AuditedRecord(SalesTarget.RECORD_TYPE, target.id(), store),
            before,
            target.auditState());
      }
    }
    em.flush();
    return rows(store, month).stream().map(SalesTarget::toView).toList();
  }

  @Override
  @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
  public void remove(YearMonth month, Long storeId, Long consultantId) {
    long store = scope.storeForNewRecord(storeId, "target");
    SalesTarget target =
        rows(store, month).stream()
            .filter(t -> t.subjectKey() == SalesTarget.subjectKey(consultantId))
            .findFirst()
            .orElseThrow(
                () ->
                    new RecordNotFoundException(
                        SalesTarget.RECORD_TYPE,
                        month + "/" + (consultantId == null ? "store" : consultantId)));
    audit.deleted(
        new AuditedRecord(SalesTarget.RECORD_TYPE, target.id(), store), target.auditState());
    em.remove(target);
  }

  List<SalesTarget> rows(long storeId, YearMonth month) {
    return em.createQuery(
            "select t from SalesTarget t where t.storeId = :store and t.month = :month"
                + " order by t.subjectKey",
            SalesTarget.class)
        .setParameter("store", storeId)
        .setParameter("month", month.toString())
        .getResultList();
  }

  /** A target belongs to active selling staff of the store. */
  private void checkSeller(long consultantId, long storeId, String field) {
    UserView seller;
    try {
      seller = staff.get(consultantId);
    } catch (RecordNotFoundException e) {
      throw RuleViolationException.refused(
          "sales.targetNotSeller", field, "Targets are set for the store's sales staff");
    }
    if (seller.role() == Role.ADMIN
        || seller.storeId() == null
        || seller.storeId() != storeId
        || !seller.active()) {
      throw RuleViolationException.refused(
          "sales.targetNotSeller", field, "Targets are set for the store's sales staff");
    }
  }
}
