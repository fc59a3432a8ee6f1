package org.storecrm.customers.internal.registers;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.storecrm.customers.ContactKind;
import org.storecrm.customers.RegisterEntries;
import org.storecrm.customers.RegisterEntry;
import org.storecrm.customers.RegisterEntryFilter;
import org.storecrm.customers.internal.cards.CustomerNames;
import org.storecrm.customers.internal.followups.ContactRecord;
import org.storecrm.customers.internal.reports.CustomerReportService;
import org.storecrm.customers.internal.reports.StaffNames;
import org.storecrm.platform.Page;
import org.storecrm.platform.PageRequest;
import org.storecrm.platform.Roles;
import org.storecrm.platform.RuleViolationException;
import org.storecrm.platform.StoreScope;
import org.storecrm.platform.ValidatedArguments;

/** The registers entry by entry: one page query, then the page's customer and staff names. */
@Stateless
@ValidatedArguments
@RolesAllowed({Roles.MANAGER, Roles.ADMIN})
public class RegisterEntryService implements RegisterEntries {
  static final List<ContactKind> REGISTERS = List.of(ContactKind.VISIT, ContactKind.PHONE_IN);

  @PersistenceContext EntityManager em;
  @Inject StoreScope scope;
  @Inject StaffNames staffNames;
  @Inject Clock clock;

  @Override
  public Page<RegisterEntry> list(RegisterEntryFilter filter, PageRequest page) {
    CustomerReportService.checkPeriod(filter.from(), filter.to());
    if (filter.kind() != null && !REGISTERS.contains(filter.kind())) {
      throw RuleViolationException.refused(
          "error.register.kind", "kind", "The registers are VISIT and PHONE_IN");
    }
    Optional<Long> store = scope.limitedTo();
    String where =
        " from ContactRecord k where k.kind in :kinds"
            + " and k.occurredAt >= :start and k.occurredAt < :end"
            + (store.isPresent() ? " and k.storeId = :store" : "")
            + (filter.recordedBy() != null ? " and k.recordedBy = :by" : "")
            + (filter.withDetails() == null
                ? ""
                : filter.withDetails()
                    ? " and k.customerId is not null"
                    : " and k.customerId is null");
    String order = page.ascending() && "occurredAt".equals(page.sort()) ? "asc" : "desc";
    TypedQuery<Long> count = em.createQuery("select count(k)" + where, Long.class);
    TypedQuery<ContactRecord> rows =
        em.createQuery(
            "select k" + where + " order by k.occurredAt " + order + ", k.id " + order,
            ContactRecord.class);
    for (TypedQuery<?> query : List.of(count, rows)) {
      query
          .setParameter("kinds", filter.kind() == null ? REGISTERS : List.of(filter.kind()))
          .setParameter("start", filter.from().atStartOfDay(clock.getZone()).toInstant())
          .setParameter("end", filter.to().plusDays(1).atStartOfDay(clock.getZone()).toInstant());
      store.ifPresent(id -> query.setParameter("store", id));
      if (filter.recordedBy() != null) {
        query.setParameter("by", filter.recordedBy());
      }
    }
    List<ContactRecord> entries =
        rows.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
    Map<Long, String> customers = customerNames(entries);
    Map<String, String> staff =
        staffNames.byUsername(entries.stream().map(k -> k.recordedBy()).distinct().toList());
    List<RegisterEntry> items =
        entries.stream()
            .map(
                k ->
                    new RegisterEntry(
                        k.id(),
                        k.occurredAt(),
                        k.kind(),
                        k.recordedBy(),
                        staff.get(k.recordedBy()),
                        k.purpose(),
                        k.outcome(),
                        k.note(),
                        k.customerId(),
                        k.customerId() == null ? null : customers.get(k.customerId()),
                        PhoneInChecklist.parsed(k.phoneInSteps())))
            .toList();
    return new Page<>(items, count.getSingleResult(), page.page(), page.size());
  }

  private Map<Long, String> customerNames(List<ContactRecord> entries) {
    return CustomerNames.byId(em, entries.stream().map(k -> k.customerId()).toList());
  }
}
