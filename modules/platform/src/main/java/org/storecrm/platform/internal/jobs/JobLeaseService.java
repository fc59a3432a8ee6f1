package org.storecrm.platform.internal.jobs;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.ZoneOffset;
import org.storecrm.platform.JobLeases;

/** Takes a lease by inserting its row in a transaction of its own; the primary key decides. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class JobLeaseService implements JobLeases {
  private static final String HOLDER = ManagementFactory.getRuntimeMXBean().getName();

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  @Override
  public boolean acquire(String job, String period) {
    try {
      return em.createNativeQuery(
                  "INSERT INTO plt_job_lease (job, period, holder, acquired_at)"
                      + " SELECT ?1, ?2, ?3, ?4 WHERE NOT EXISTS"
                      + " (SELECT 1 FROM plt_job_lease WHERE job = ?5 AND period = ?6)")
              .setParameter(1, job)
              .setParameter(2, period)
              .setParameter(3, HOLDER)
              .setParameter(4, clock.instant().atOffset(ZoneOffset.UTC))
              .setParameter(5, job)
              .setParameter(6, period)
              .executeUpdate()
          == 1;
    } catch (PersistenceException takenAtTheSameMoment) {
      return false;
    }
  }
}
