package org.storecrm.services.internal.contracts;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.storecrm.platform.CriteriaPages;
import org.storecrm.platform.Page;
import org.storecrm.platform.PageRequest;
import org.storecrm.platform.RecordNotFoundException;
import org.storecrm.platform.Roles;
import org.storecrm.platform.StoreScope;
import org.storecrm.platform.ValidatedArguments;
import org.storecrm.services.ContractFilter;
import org.storecrm.services.ContractView;
import org.storecrm.services.Coverage;
import org.storecrm.services.ServiceContracts;
import org.storecrm.services.ServiceCoverage;

/**
 * Reads contracts: the caller's store's lists and records, and (chain-wide, for service requests
 * and the lookup by serial) what covers a device on a day.
 */
@Stateless
@ValidatedArguments
@RolesAllowed({Roles.CONSULTANT, Roles.MANAGER, Roles.SERVICE, Roles.ACCOUNT_MANAGER, Roles.ADMIN})
public class ContractService implements ServiceContracts, ServiceCoverage {
  static final String RECORD_TYPE = "ServiceContract";
  private static final Map<String, Function<Root<ContractRecord>, Expression<?>>> SORTABLE =
      Map.of("start", r -> r.get("startOn"), "serial", r -> r.get("serial"));

  @PersistenceContext EntityManager em;
  @Inject StoreScope scope;
  @Inject Clock clock;

  @Override
  public Page<ContractView> find(ContractFilter filter, PageRequest page) {
    LocalDate today = LocalDate.now(clock);
    Page<ContractRecord> found =
        CriteriaPages.find(
            em,
            ContractRecord.class,
            new PageRequest(
                page.page(), page.size(), page.sort(), page.sort() != null && page.ascending()),
            (cb, root) -> matching(cb, root, filter, today),
            SORTABLE,
            "start",
            root -> {});
    Map<Long, ServicePlanRecord> plans =
        plans(found.items().stream().map(ContractRecord::planId).toList());
    return found.map(c -> c.toView(plans.get(c.planId()), today));
  }

  private Predicate matching(
      CriteriaBuilder cb, Root<ContractRecord> root, ContractFilter filter, LocalDate today) {
    List<Predicate> where = new ArrayList<>();
    where.add(scope.restrict(cb, root.get("storeId")));
    if (filter.serial() != null && !filter.serial().isBlank()) {
      where.add(cb.equal(root.get("serial"), filter.serial().trim()));
      where.add(coveringOn(cb, root, today));
    }
    if (filter.customerId() != null) {
      where.add(cb.equal(root.get("customerId"), filter.customerId()));
    }
    if (filter.accountId() != null) {
      where.add(cb.equal(root.get("accountId"), filter.accountId()));
    }
    return cb.and(where.toArray(Predicate[]::new));
  }

  /** In force on the day: started, not past its end, not closed by then. */
  private static Predicate coveringOn(
      CriteriaBuilder cb, Root<ContractRecord> root, LocalDate day) {
    Expression<LocalDate> end = root.get("endOn");
    Expression<LocalDate> closed = root.get("closedOn");
    return cb.and(
        cb.lessThanOrEqualTo(root.get("startOn"), day),
        cb.or(cb.isNull(end), cb.greaterThanOrEqualTo(end, day)),
        cb.or(cb.isNull(closed), cb.greaterThan(closed, day)));
  }

  @Override
  public ContractView get(long id) {
    ContractRecord contract = em.find(ContractRecord.class, id);
    if (contract == null) {
      throw new RecordNotFoundException(RECORD_TYPE, id);
    }
    scope.checkVisible(contract.storeId(), RECORD_TYPE, id);
    return contract.toView(
        plans(List.of(contract.planId())).get(contract.planId()), LocalDate.now(clock));
  }

  @Override
  public List<Coverage> covering(String serial, Instant at) {
    if (serial == null || serial.isBlank()) {
      return List.of();
    }
    LocalDate day = LocalDate.ofInstant(at, clock.getZone());
    List<Object[]> rows =
        em.createQuery(
                "select c, p from ContractRecord c, ServicePlanRecord p where p.id = c.planId"
                    + " and c.serial = :serial and c.startOn <= :day"
                    + " and (c.endOn is null or c.endOn >= :day)"
                    + " and (c.closedOn is null or c.closedOn > :day)",
                Object[].class)
            .setParameter("serial", serial.trim())
            .setParameter("day", day)
            .getResultList();
    return rows.stream()
        .map(row -> ((ContractRecord) row[0]).coverage((ServicePlanRecord) row[1]))
        .sorted(
            Comparator.comparing(Coverage::onSite)
                .reversed()
                .thenComparing(Coverage::start, Comparator.reverseOrder())
                .thenComparing(Coverage::contractId))
        .toList();
  }

  Map<Long, ServicePlanRecord> plans(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    return em
        .createQuery(
            "select p from ServicePlanRecord p where p.id in :ids", ServicePlanRecord.class)
        .setParameter("ids", List.copyOf(new java.util.HashSet<>(ids)))
        .getResultList()
        .stream()
        .collect(Collectors.toMap(ServicePlanRecord::id, Function.identity()));
  }
}
