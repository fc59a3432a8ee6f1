package org.storecrm.customers.internal.registers;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import org.storecrm.customers.AnonymousVisit;
import org.storecrm.customers.AnonymousVisits;
import org.storecrm.customers.ContactKind;
import org.storecrm.customers.internal.followups.ContactRecord;
import org.storecrm.platform.CurrentUser;
import org.storecrm.platform.Roles;
import org.storecrm.platform.RuleViolationException;
import org.storecrm.platform.StoreScope;
import org.storecrm.platform.ValidatedArguments;

/** A walk-in or call that left no details, in the caller's store's register. */
@Stateless
@ValidatedArguments
@RolesAllowed({Roles.CONSULTANT, Roles.MANAGER})
public class AnonymousVisitService implements AnonymousVisits {
  @PersistenceContext EntityManager em;
  @Inject StoreScope scope;
  @Inject CurrentUser user;
  @Inject Clock clock;

  @Override
  public void log(AnonymousVisit visit) {
    if (visit.kind() != ContactKind.VISIT && visit.kind() != ContactKind.PHONE_IN) {
      throw RuleViolationException.refused(
          "error.register.kind", "kind", "The registers hold visits and phone-ins");
    }
    long storeId = scope.storeForNewRecord(null, "register entry");
    em.persist(
        ContactRecord.anonymous(
            storeId,
            visit.kind(),
            clock.instant(),
            user.username(),
            visit.purpose(),
            visit.outcome()));
  }
}
