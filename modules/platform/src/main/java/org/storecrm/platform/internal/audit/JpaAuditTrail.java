package org.storecrm.platform.internal.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.util.Map;
import org.storecrm.platform.AuditTrail;
import org.storecrm.platform.CurrentUser;

/** Writes audit entries in the caller's transaction (mandatory: an entry never stands alone). */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class JpaAuditTrail implements AuditTrail {
  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;
  @Inject private CurrentUser user;

  @Override
  public void created(AuditedRecord record, Map<String, ?> state) {
    write(record, "CREATE", AuditChanges.describeState(state));
  }

  @Override
  public void changed(AuditedRecord record, Map<String, ?> before, Map<String, ?> after) {
    String differences = AuditChanges.describeDifferences(before, after);
    if (!differences.isEmpty()) {
      write(record, "UPDATE", differences);
    }
  }

  @Override
  public void deleted(AuditedRecord record, Map<String, ?> state) {
    write(record, "DELETE", AuditChanges.describeState(state));
  }

  @Override
  public void action(AuditedRecord record, String action, String detail) {
    write(record, action, detail);
  }

  private void write(AuditedRecord record, String action, String changes) {
    em.persist(
        new AuditEvent(
            clock.instant(),
            user.username(),
            record.storeId(),
            record.type(),
            String.valueOf(record.id()),
            action,
            changes));
  }
}
