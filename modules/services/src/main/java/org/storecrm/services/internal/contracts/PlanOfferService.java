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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.storecrm.platform.AuditTrail;
import org.storecrm.platform.AuditTrail.AuditedRecord;
import org.storecrm.platform.CriteriaPages;
import org.storecrm.platform.CurrentUser;
import org.storecrm.platform.Page;
import org.storecrm.platform.PageRequest;
import org.storecrm.platform.RecordNotFoundException;
import org.storecrm.platform.Roles;
import org.storecrm.platform.StoreScope;
import org.storecrm.platform.ValidatedArguments;
import org.storecrm.sales.Catalogue;
import org.storecrm.sales.ProductView;
import org.storecrm.services.PlanOfferFilter;
import org.storecrm.services.PlanOfferStatus;
import org.storecrm.services.PlanOfferView;
import org.storecrm.services.ServicePlanOffers;
import org.storecrm.services.internal.ServicesSettings;

/**
 * Reads and declines the after-sale plan offers {@link PlanOfferSales} keeps, in the caller's
 * store. Each offer lists the plans that fitted its device at the sale and are still on sale, with
 * the price per day of cover counted from today (the day the offer is made again).
 */
@Stateless
@ValidatedArguments
@RolesAllowed({Roles.CONSULTANT, Roles.MANAGER, Roles.SERVICE, Roles.ADMIN})
public class PlanOfferService implements ServicePlanOffers {
  static final String RECORD_TYPE = "PlanOffer";
  private static final Map<String, Function<Root<PlanOfferRecord>, Expression<?>>> SORTABLE =
      Map.of("soldAt", r -> r.get("soldAt"));

  @PersistenceContext EntityManager em;
  @Inject StoreScope scope;
  @Inject CurrentUser user;
  @Inject Catalogue catalogue;
  @Inject PlansAdvisor advisor;
  @Inject ServicesSettings settings;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  @Override
  public Page<PlanOfferView> find(PlanOfferFilter filter, PageRequest page) {
    Page<PlanOfferRecord> found =
        CriteriaPages.find(
            em,
            PlanOfferRecord.class,
            new PageRequest(page.page(), page.size(), "soldAt", false),
            (cb, root) -> matching(cb, root, filter),
            SORTABLE,
            "soldAt",
            root -> {});
    Function<PlanOfferRecord, PlanOfferView> views = viewer(found.items(), user.locale());
    return found.map(views);
  }

  private Predicate matching(
      CriteriaBuilder cb, Root<PlanOfferRecord> root, PlanOfferFilter filter) {
    List<Predicate> where = new ArrayList<>();
    where.add(scope.restrict(cb, root.get("storeId")));
    if (filter.customerId() != null) {
      where.add(cb.equal(root.get("customerId"), filter.customerId()));
    }
    if (filter.serial() != null && !filter.serial().isBlank()) {
      where.add(cb.equal(root.get("serial"), filter.serial().trim()));
    }
    if (filter.orderId() != null) {
      where.add(cb.equal(root.get("orderId"), filter.orderId()));
    }
    if (filter.status() != null) {
      where.add(cb.equal(root.get("status"), filter.status()));
    }
    return cb.and(where.toArray(Predicate[]::new));
  }

  @Override
  public PlanOfferView get(long id) {
    PlanOfferRecord offer = visible(id);
    return viewer(List.of(offer), user.locale()).apply(offer);
  }

  /** Every role: whoever prints the receipt prints its offers. */
  @Override
  @RolesAllowed({
    Roles.CONSULTANT,
    Roles.MANAGER,
    Roles.SERVICE,
    Roles.ACCOUNT_MANAGER,
    Roles.ADMIN
  })
  public List<PlanOfferView> openForOrder(long orderId, Locale locale) {
    List<PlanOfferRecord> open =
        em
            .createQuery(
                "select o from PlanOfferRecord o where o.orderId = :order and o.status = :open"
                    + " order by o.orderLineId, o.serial",
                PlanOfferRecord.class)
            .setParameter("order", orderId)
            .setParameter("open", PlanOfferStatus.OPEN)
            .getResultList()
            .stream()
            .filter(o -> scope.canSee(o.storeId()))
            .toList();
    return open.stream().map(viewer(open, locale)).toList();
  }

  @Override
  public PlanOfferView decline(long id) {
    PlanOfferRecord offer = visible(id);
    Map<String, Object> before = offer.auditState();
    offer.decline(clock.instant(), user.username());
    audit.changed(
        new AuditedRecord(RECORD_TYPE, offer.id(), offer.storeId()), before, offer.auditState());
    return viewer(List.of(offer), user.locale()).apply(offer);
  }

  private PlanOfferRecord visible(long id) {
    PlanOfferRecord offer = em.find(PlanOfferRecord.class, id);
    if (offer == null) {
      throw new RecordNotFoundException(RECORD_TYPE, id);
    }
    scope.checkVisible(offer.storeId(), RECORD_TYPE, id);
    return offer;
  }

  /** Views of these offers, the plans read once for all of them. */
  private Function<PlanOfferRecord, PlanOfferView> viewer(
      Collection<PlanOfferRecord> offers, Locale locale) {
    Set<String> codes = new HashSet<>();
    offers.forEach(o -> codes.addAll(o.planCodes()));
    Map<String, ServicePlanRecord> plans =
        codes.isEmpty()
            ? Map.of()
            : em
                .createQuery(
                    "select p from ServicePlanRecord p where p.code in :codes",
                    ServicePlanRecord.class)
                .setParameter("codes", List.copyOf(codes))
                .getResultList()
                .stream()
                .filter(ServicePlanRecord::active)
                .collect(Collectors.toMap(ServicePlanRecord::code, Function.identity()));
    Map<Long, ProductView> products =
        plans.isEmpty()
            ? Map.of()
            : catalogue
                .products(plans.values().stream().map(ServicePlanRecord::productId).toList(), null)
                .stream()
                .filter(ProductView::active)
                .collect(Collectors.toMap(ProductView::id, Function.identity()));
    boolean chinese = "zh".equals(locale.getLanguage());
    LocalDate today = LocalDate.now(clock);
    return offer -> {
      List<PlanOfferView.Plan> offered = new ArrayList<>();
      for (String code : offer.planCodes()) {
        ServicePlanRecord plan = plans.get(code);
        ProductView product = plan == null ? null : products.get(plan.productId());
        if (product == null) {
          continue; // retired, or its product is off sale: no longer offered
        }
        long days = PlanOffers.days(today, plan.termMonths(), settings.lifetimeRefundMonths());
        offered.add(
            new PlanOfferView.Plan(
                plan.code(),
                product.nameIn(chinese),
                product.id(),
                product.price(),
                PlanOffers.perDay(product.price(), days),
                plan.termMonths(),
                advisor.reason(plan, product.price(), offer.devicePrice(), today, locale)));
      }
      return offer.toView(offered);
    };
  }
}
