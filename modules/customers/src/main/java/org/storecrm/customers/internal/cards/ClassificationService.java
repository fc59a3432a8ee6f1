package org.storecrm.customers.internal.cards;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.storecrm.customers.BaseKind;
import org.storecrm.customers.BasePromotion;
import org.storecrm.customers.Classification;
import org.storecrm.customers.Classifications;
import org.storecrm.customers.CustomerCard;
import org.storecrm.customers.HistoryEntry;
import org.storecrm.customers.LostReason;
import org.storecrm.customers.LostSaleReport;
import org.storecrm.customers.NewLostReason;
import org.storecrm.customers.OwnedProduct;
import org.storecrm.customers.StatusChange;
import org.storecrm.customers.internal.PhoneMasking;
import org.storecrm.customers.internal.followups.FollowUpScheduler;
import org.storecrm.platform.AuditTrail;
import org.storecrm.platform.CurrentUser;
import org.storecrm.platform.RecordNotFoundException;
import org.storecrm.platform.Roles;
import org.storecrm.platform.RuleViolationException;
import org.storecrm.platform.StoreScope;
import org.storecrm.platform.ValidatedArguments;

@Stateless
@ValidatedArguments
@RolesAllowed({Roles.CONSULTANT, Roles.MANAGER, Roles.ADMIN})
public class ClassificationService implements Classifications {
  /** Intent comes with a grade and lost with a lost-sale record, never by plain promotion. */
  private static final EnumSet<BaseKind> PROMOTABLE_KINDS =
      EnumSet.of(BaseKind.OWN_SOLD_OWNER, BaseKind.OTHER_SOLD_OWNER, BaseKind.OTHER_BRAND_OWNER);

  @PersistenceContext EntityManager em;
  @Inject StoreScope scope;
  @Inject CurrentUser user;
  @Inject PhoneMasking masking;
  @Inject AuditTrail audit;
  @Inject FollowUpScheduler scheduler;
  @Inject Clock clock;

  @Override
  public CustomerCard promoteToBase(long customerId, BasePromotion promotion) {
    Customer customer = Customer.visible(em, scope, customerId);
    if (!PROMOTABLE_KINDS.contains(promotion.kind())) {
      throw refused(
          "error.customer.promotionKind",
          "kind",
          "Intent customers are graded and lost ones recorded as a lost sale");
    }
    if (!customer.meetsBaseCriteria()) {
      throw refused(
          "error.customer.baseCriteria",
          "kind",
          "Base needs a potential customer with a complete card, a first contact and a contact"
              + " plan");
    }
    reclassify(customer, Classification.BASE, promotion.kind(), promotion.reason());
    return customer.toCard(showPhones());
  }

  @Override
  @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
  public CustomerCard grantVip(long customerId, StatusChange grant) {
    Customer customer = Customer.visible(em, scope, customerId);
    if (customer.classification() == Classification.VIP) {
      throw RuleViolationException.conflict(
          "error.customer.alreadyVip", null, "The customer is already a VIP");
    }
    reclassify(customer, Classification.VIP, customer.baseKind(), grant.reason());
    return customer.toCard(showPhones());
  }

  @Override
  public CustomerCard recordLostSale(long customerId, LostSaleReport report) {
    Customer customer = Customer.visible(em, scope, customerId);
    LostReasonRecord reason = keepLostSale(customer, report);
    Instant now = clock.instant();
    if (customer.grade() != null) {
      em.persist(
          new CustomerChange(
              customer.id(), now, user.username(), "grade", customer.grade(), null, reason.code()));
      customer.regrade(null);
    }
    scheduler.cancelGradeFollowUp(customer);
    // A VIP who bought elsewhere once stays a VIP; everyone else becomes a lost base customer.
    Classification level =
        customer.classification() == Classification.VIP ? Classification.VIP : Classification.BASE;
    reclassify(customer, level, BaseKind.LOST, reason.code());
    return customer.toCard(showPhones());
  }

  @Override
  public CustomerCard recordLostSaleStillInterested(long customerId, LostSaleReport report) {
    Customer customer = Customer.visible(em, scope, customerId);
    keepLostSale(customer, report);
    return customer.toCard(showPhones());
  }

  /** The lost-sale record itself, for the analysis by reason and competitor. */
  private LostReasonRecord keepLostSale(Customer customer, LostSaleReport report) {
    LostReasonRecord reason = em.find(LostReasonRecord.class, report.reasonId());
    if (reason == null || !reason.active()) {
      throw refused("error.lostSale.reason", "reasonId", "Pick a reason from the list");
    }
    LostSale loss =
        new LostSale(
            customer,
            reason.id(),
            report.competitor(),
            report.note(),
            user.username(),
            clock.instant());
    loss.lostIn(report.category());
    em.persist(loss);
    return reason;
  }

  @Override
  @RolesAllowed({
    Roles.CONSULTANT,
    Roles.MANAGER,
    Roles.SERVICE,
    Roles.ACCOUNT_MANAGER,
    Roles.ADMIN
  })
  public List<HistoryEntry> history(long customerId) {
    Customer customer = Customer.visible(em, scope, customerId);
    return em.createQuery(
            "select new org.storecrm.customers.HistoryEntry(h.changedAt, h.changedBy, h.field,"
                + " h.oldValue, h.newValue, h.reason)"
                + " from CustomerChange h where h.customerId = :customer"
                + " order by h.changedAt desc, h.id desc",
            HistoryEntry.class)
        .setParameter("customer", customer.id())
        .setMaxResults(200)
        .getResultList();
  }

  @Override
  @RolesAllowed({
    Roles.CONSULTANT,
    Roles.MANAGER,
    Roles.SERVICE,
    Roles.ACCOUNT_MANAGER,
    Roles.ADMIN
  })
  public List<OwnedProduct> ownedProducts(long customerId) {
    Customer customer = Customer.visible(em, scope, customerId);
    return em.createQuery(
            "select p from OwnedProductRecord p where p.customerId = :customer"
                + " order by p.acquiredAt desc, p.id desc",
            OwnedProductRecord.class)
        .setParameter("customer", customer.id())
        .setMaxResults(200)
        .getResultStream()
        .map(OwnedProductRecord::toView)
        .toList();
  }

  @Override
  @PermitAll
  public List<LostReason> lostReasons(boolean includeInactive) {
    return em.createQuery(
            "select r from LostReasonRecord r"
                + (includeInactive ? "" : " where r.active = true")
                + " order by r.id",
            LostReasonRecord.class)
        .getResultStream()
        .map(LostReasonRecord::toView)
        .toList();
  }

  @Override
  @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
  public LostReason addLostReason(NewLostReason input) {
    boolean taken =
        !em.createQuery("select r.id from LostReasonRecord r where r.code = :code", Long.class)
            .setParameter("code", input.code())
            .getResultList()
            .isEmpty();
    if (taken) {
      throw RuleViolationException.conflict(
          "error.lostReason.codeTaken", "code", "A reason with this code exists");
    }
    LostReasonRecord reason = new LostReasonRecord(input.code(), input.nameEn(), input.nameZh());
    em.persist(reason);
    em.flush();
    return reason.toView();
  }

  @Override
  @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
  public LostReason setLostReasonActive(long reasonId, boolean active) {
    LostReasonRecord reason = em.find(LostReasonRecord.class, reasonId);
    if (reason == null) {
      throw new RecordNotFoundException("LostReason", reasonId);
    }
    if (active) {
      reason.activate();
    } else {
      reason.retire();
    }
    em.flush();
    return reason.toView();
  }

  private void reclassify(Customer customer, Classification level, BaseKind kind, String reason) {
    Map<String, Object> before = customer.auditState();
    String from = customer.classificationLabel();
    String to = level + (kind == null ? "" : "/" + kind);
    em.persist(
        new CustomerChange(
            customer.id(), clock.instant(), user.username(), "classification", from, to, reason));
    customer.reclassify(level, kind);
    em.flush();
    audit.changed(CustomerService.record(customer), before, customer.auditState());
  }

  private boolean showPhones() {
    return masking.phonesVisibleTo(user);
  }

  private static RuleViolationException refused(String key, String field, String detail) {
    return RuleViolationException.refused(key, field, detail);
  }
}
