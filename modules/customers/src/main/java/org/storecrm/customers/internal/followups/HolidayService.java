package org.storecrm.customers.internal.followups;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Map;
import org.storecrm.customers.Holiday;
import org.storecrm.customers.HolidayEntry;
import org.storecrm.customers.Holidays;
import org.storecrm.platform.AuditTrail;
import org.storecrm.platform.Page;
import org.storecrm.platform.PageRequest;
import org.storecrm.platform.RecordNotFoundException;
import org.storecrm.platform.Roles;
import org.storecrm.platform.RuleViolationException;
import org.storecrm.platform.StaleRecordException;
import org.storecrm.platform.ValidatedArguments;

/** The holiday table: read by the store staff, edited by administrators. */
@Stateless
@ValidatedArguments
@RolesAllowed({Roles.CONSULTANT, Roles.MANAGER, Roles.ADMIN})
public class HolidayService implements Holidays {
  static final String RECORD_TYPE = "Holiday";

  @PersistenceContext EntityManager em;
  @Inject AuditTrail audit;

  @Override
  public Page<Holiday> list(Integer year, PageRequest page) {
    String where = year == null ? "" : " where h.holidayYear = :year";
    TypedQuery<Long> count =
        em.createQuery("select count(h) from HolidayRecord h" + where, Long.class);
    TypedQuery<HolidayRecord> rows =
        em.createQuery(
            "select h from HolidayRecord h" + where + " order by h.holidayDate, h.nameKey",
            HolidayRecord.class);
    if (year != null) {
      count.setParameter("year", year);
      rows.setParameter("year", year);
    }
    List<Holiday> items =
        rows.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList().stream()
            .map(HolidayRecord::view)
            .toList();
    return new Page<>(items, count.getSingleResult(), page.page(), page.size());
  }

  @Override
  public Holiday get(long id) {
    return find(id).view();
  }

  @Override
  @RolesAllowed(Roles.ADMIN)
  public Holiday add(HolidayEntry entry) {
    refuseSecondDate(entry, null);
    HolidayRecord holiday = new HolidayRecord(entry.nameKey(), entry.date());
    em.persist(holiday);
    em.flush();
    audit.created(record(holiday), holiday.auditState());
    return holiday.view();
  }

  @Override
  @RolesAllowed(Roles.ADMIN)
  public Holiday change(long id, HolidayEntry entry) {
    HolidayRecord holiday = find(id);
    if (entry.version() == null) {
      throw RuleViolationException.refused(
          "error.holiday.versionRequired", "version", "Quote the version you read");
    }
    if (entry.version() != holiday.version()) {
      throw new StaleRecordException(RECORD_TYPE, id);
    }
    refuseSecondDate(entry, id);
    Map<String, Object> before = holiday.auditState();
    holiday.describe(entry.nameKey(), entry.date());
    em.flush();
    audit.changed(record(holiday), before, holiday.auditState());
    return holiday.view();
  }

  @Override
  @RolesAllowed(Roles.ADMIN)
  public void remove(long id) {
    HolidayRecord holiday = find(id);
    audit.deleted(record(holiday), holiday.auditState());
    em.remove(holiday);
  }

  private static AuditTrail.AuditedRecord record(HolidayRecord holiday) {
    return new AuditTrail.AuditedRecord(RECORD_TYPE, holiday.id(), null);
  }

  private HolidayRecord find(long id) {
    HolidayRecord holiday = em.find(HolidayRecord.class, id);
    if (holiday == null) {
      throw new RecordNotFoundException(RECORD_TYPE, id);
    }
    return holiday;
  }

  /** One date per holiday and year: the greeting's key is the holiday and its year. */
  private void refuseSecondDate(HolidayEntry entry, Long self) {
    boolean taken =
        em
            .createQuery(
                "select h.id from HolidayRecord h where h.nameKey = :key and h.holidayYear = :year",
                Long.class)
            .setParameter("key", entry.nameKey())
            .setParameter("year", entry.date().getYear())
            .getResultList()
            .stream()
            .anyMatch(id -> !id.equals(self));
    if (taken) {
      throw RuleViolationException.conflict(
          "error.holiday.yearTaken",
          "date",
          "This holiday already has a date in " + entry.date().getYear());
    }
  }
}
