package org.storecrm.services.internal.contracts;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.storecrm.platform.AuditTrail;
import org.storecrm.platform.AuditTrail.AuditedRecord;
import org.storecrm.platform.RecordNotFoundException;
import org.storecrm.platform.Roles;
import org.storecrm.platform.RuleViolationException;
import org.storecrm.platform.StaleRecordException;
import org.storecrm.platform.ValidatedArguments;
import org.storecrm.sales.Catalogue;
import org.storecrm.sales.Category;
import org.storecrm.sales.LifecyclePhase;
import org.storecrm.sales.NewProduct;
import org.storecrm.sales.PricingRole;
import org.storecrm.sales.ProductChanges;
import org.storecrm.sales.ProductView;
import org.storecrm.services.ServicePlanChanges;
import org.storecrm.services.ServicePlanForm;
import org.storecrm.services.ServicePlanView;
import org.storecrm.services.ServicePlans;

/**
 * The plan catalogue. A plan's price and cost live on its catalogue product only (checkout sells
 * the product), so a plan edit that changes them edits the product in the same transaction.
 */
@Stateless
@ValidatedArguments
@RolesAllowed({Roles.CONSULTANT, Roles.MANAGER, Roles.SERVICE, Roles.ACCOUNT_MANAGER, Roles.ADMIN})
public class PlanService implements ServicePlans {
  static final String RECORD_TYPE = "ServicePlan";
  static final String BRAND = "Pioneer Care";

  @PersistenceContext EntityManager em;
  @Inject Catalogue catalogue;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  @Override
  public List<ServicePlanView> plans() {
    return views(
        em.createQuery(
                "select p from ServicePlanRecord p where p.status = 'ACTIVE' order by p.code",
                ServicePlanRecord.class)
            .getResultList());
  }

  @Override
  @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
  public List<ServicePlanView> all() {
    return views(
        em.createQuery("select p from ServicePlanRecord p order by p.code", ServicePlanRecord.class)
            .getResultList());
  }

  @Override
  public ServicePlanView get(long id) {
    return views(List.of(load(id))).get(0);
  }

  @Override
  public List<ServicePlanView> byProducts(Collection<Long> productIds) {
    if (productIds.isEmpty()) {
      return List.of();
    }
    return views(
        em.createQuery(
                "select p from ServicePlanRecord p where p.productId in :ids order by p.code",
                ServicePlanRecord.class)
            .setParameter("ids", List.copyOf(productIds))
            .getResultList());
  }

  @Override
  @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
  public ServicePlanView create(ServicePlanForm form) {
    String code = form.code().trim().toUpperCase(Locale.ROOT);
    em.createQuery("select p.id from ServicePlanRecord p where p.code = :code", Long.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst()
        .ifPresent(
            existing -> {
              throw RuleViolationException.conflict(
                  "services.planCodeTaken",
                  "code",
                  "Plan " + code + " already exists",
                  Map.of("id", existing));
            });
    ServicePlanRecord.checkCategories(form.eligibleCategories());
    ProductView product;
    if (form.productId() == null) {
      product =
          catalogue.create(
              new NewProduct(
                  "SV-" + code,
                  form.name().trim(),
                  blankToNull(form.nameZh()),
                  BRAND,
                  Category.SERVICE,
                  form.price(),
                  form.cost(),
                  PricingRole.MAINSTREAM,
                  LifecyclePhase.PLATEAU,
                  LocalDate.now(clock),
                  null));
    } else {
      product = serviceProduct(form.productId());
      product =
          describeProduct(product, form.name(), form.nameZh(), form.price(), form.cost(), true);
    }
    ServicePlanRecord plan =
        new ServicePlanRecord(
            code,
            product.id(),
            form.name(),
            form.nameZh(),
            form.coverage(),
            form.onSite(),
            form.termMonths(),
            form.deviceLimit(),
            form.eligibleCategories());
    em.persist(plan);
    em.flush();
    audit.created(new AuditedRecord(RECORD_TYPE, plan.id(), null), plan.auditState());
    return get(plan.id());
  }

  @Override
  @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
  public ServicePlanView update(long id, ServicePlanChanges changes) {
    ServicePlanRecord plan = load(id);
    if (plan.version() != changes.version()) {
      throw new StaleRecordException(RECORD_TYPE, id);
    }
    Map<String, Object> before = plan.auditState();
    plan.describe(
        changes.name(),
        changes.nameZh(),
        changes.coverage(),
        changes.onSite(),
        changes.termMonths(),
        changes.deviceLimit(),
        changes.eligibleCategories());
    if (changes.active()) {
      plan.reinstate();
    } else {
      plan.retire();
    }
    describeProduct(
        catalogue.get(plan.productId()),
        changes.name(),
        changes.nameZh(),
        changes.price(),
        changes.cost(),
        changes.active());
    em.flush(); // the view carries the version the next edit quotes
    audit.changed(new AuditedRecord(RECORD_TYPE, plan.id(), null), before, plan.auditState());
    return get(plan.id());
  }

  /** The SERVICE product a new plan is sold through; not another plan's. */
  private ProductView serviceProduct(long productId) {
    List<ProductView> found = catalogue.products(List.of(productId), null);
    if (found.isEmpty() || found.get(0).category() != Category.SERVICE) {
      throw RuleViolationException.refused(
          "services.planProductNotService",
          "productId",
          "Product " + productId + " is not a service product of the catalogue");
    }
    boolean taken =
        !em.createQuery(
                "select p.id from ServicePlanRecord p where p.productId = :product", Long.class)
            .setParameter("product", productId)
            .getResultList()
            .isEmpty();
    if (taken) {
      throw RuleViolationException.conflict(
          "services.planProductTaken", "productId", "Another plan is sold through this product");
    }
    return found.get(0);
  }

  /** The product takes the plan's name, price and cost (and is on sale while the plan is). */
  private ProductView describeProduct(
      ProductView product,
      String name,
      String nameZh,
      BigDecimal price,
      BigDecimal cost,
      boolean active) {
    String zh = blankToNull(nameZh);
    if (product.name().equals(name.trim())
        && java.util.Objects.equals(product.nameZh(), zh)
        && product.price().compareTo(price) == 0
        && product.cost().compareTo(cost) == 0
        && product.active() == active) {
      return product;
    }
    return catalogue.update(
        product.id(),
        new ProductChanges(
            name.trim(),
            zh,
            product.brand(),
            Category.SERVICE,
            price,
            cost,
            product.pricingRole(),
            product.phase(),
            product.launchedOn(),
            product.trafficLimit(),
            active,
            product.version()));
  }

  private List<ServicePlanView> views(List<ServicePlanRecord> plans) {
    Map<Long, ProductView> products =
        catalogue
            .products(
                plans.stream().map(ServicePlanRecord::productId).collect(Collectors.toSet()), null)
            .stream()
            .collect(Collectors.toMap(ProductView::id, Function.identity()));
    List<ServicePlanView> views = new ArrayList<>();
    for (ServicePlanRecord plan : plans) {
      views.add(plan.toView(products.get(plan.productId())));
    }
    return views;
  }

  private ServicePlanRecord load(long id) {
    ServicePlanRecord plan = em.find(ServicePlanRecord.class, id);
    if (plan == null) {
      throw new RecordNotFoundException(RECORD_TYPE, id);
    }
    return plan;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }
}
