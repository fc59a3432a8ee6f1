package org.storecrm.customers.internal.vips;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.storecrm.customers.Classification;
import org.storecrm.customers.InvitationAnswer;
import org.storecrm.customers.NewVipInvitation;
import org.storecrm.customers.ReferralKindRow;
import org.storecrm.customers.ReferralReport;
import org.storecrm.customers.ReferralRow;
import org.storecrm.customers.VipInvitationView;
import org.storecrm.customers.VipKind;
import org.storecrm.customers.VipProfile;
import org.storecrm.customers.VipProfileChange;
import org.storecrm.customers.Vips;
import org.storecrm.customers.internal.cards.Customer;
import org.storecrm.customers.internal.reports.CustomerReportService;
import org.storecrm.platform.CurrentUser;
import org.storecrm.platform.Page;
import org.storecrm.platform.PageRequest;
import org.storecrm.platform.RecordNotFoundException;
import org.storecrm.platform.Role;
import org.storecrm.platform.Roles;
import org.storecrm.platform.RuleViolationException;
import org.storecrm.platform.StaffDirectory;
import org.storecrm.platform.StaleRecordException;
import org.storecrm.platform.StoreScope;
import org.storecrm.platform.UserView;
import org.storecrm.platform.ValidatedArguments;

@Stateless
@ValidatedArguments
@RolesAllowed({Roles.CONSULTANT, Roles.MANAGER, Roles.ADMIN})
public class VipService implements Vips {
  static final String RECORD_TYPE = "VipInvitation";

  @PersistenceContext EntityManager em;
  @Inject StoreScope scope;
  @Inject CurrentUser user;
  @Inject StaffDirectory staff;
  @Inject Clock clock;

  @Override
  public VipProfile profile(long customerId) {
    Customer customer = vip(customerId);
    return view(customer, em.find(VipProfileRecord.class, customer.id()));
  }

  @Override
  public VipProfile change(long customerId, VipProfileChange change) {
    Customer customer = vip(customerId);
    VipProfileRecord profile = em.find(VipProfileRecord.class, customer.id());
    long version = profile == null ? 0 : profile.version();
    if (change.version() != version) {
      throw new StaleRecordException("VipProfile", customerId);
    }
    if (change.met() != null && !user.hasRole(Role.MANAGER)) {
      throw RuleViolationException.refused(
          "error.vip.metByManager", "met", "Only a manager records meeting a VIP");
    }
    if (profile == null) {
      profile = new VipProfileRecord(customer.id());
      em.persist(profile);
    }
    profile.classify(change.kind());
    if (Boolean.TRUE.equals(change.met())) {
      profile.metBy(user.userId().orElseThrow(), clock.instant());
    } else if (Boolean.FALSE.equals(change.met())) {
      profile.notMet();
    }
    em.flush();
    return view(customer, profile);
  }

  @Override
  public Page<VipInvitationView> invitations(long customerId, PageRequest page) {
    Customer customer = vip(customerId);
    List<VipInvitationView> items =
        em
            .createQuery(
                "select i from VipInvitationRecord i where i.customerId = :customer"
                    + " order by i.invitedOn desc, i.id desc",
                VipInvitationRecord.class)
            .setParameter("customer", customer.id())
            .setFirstResult(page.offset())
            .setMaxResults(page.size())
            .getResultList()
            .stream()
            .map(VipInvitationRecord::view)
            .toList();
    return new Page<>(items, invitationCounts(customer.id())[0], page.page(), page.size());
  }

  @Override
  public VipInvitationView invite(long customerId, NewVipInvitation invitation) {
    Customer customer = vip(customerId);
    VipInvitationRecord record =
        new VipInvitationRecord(
            customer.id(),
            invitation.date(),
            invitation.kind(),
            invitation.what().strip(),
            invitation.accepted(),
            user.username());
    em.persist(record);
    em.flush();
    return record.view();
  }

  @Override
  public VipInvitationView answer(long customerId, long invitationId, InvitationAnswer answer) {
    Customer customer = vip(customerId);
    VipInvitationRecord record = em.find(VipInvitationRecord.class, invitationId);
    if (record == null || !record.customerId().equals(customer.id())) {
      throw new RecordNotFoundException(RECORD_TYPE, invitationId);
    }
    if (answer.version() != record.version()) {
      throw new StaleRecordException(RECORD_TYPE, invitationId);
    }
    record.answer(answer.accepted());
    em.flush();
    return record.view();
  }

  @Override
  @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
  public ReferralReport referrals(LocalDate from, LocalDate to, Long storeId, PageRequest page) {
    CustomerReportService.checkPeriod(from, to);
    if (storeId != null) {
      scope.checkVisible(storeId, "Store", storeId);
    }
    Optional<Long> store = scope.limitedTo().or(() -> Optional.ofNullable(storeId));
    OffsetDateTime start = from.atStartOfDay(clock.getZone()).toOffsetDateTime();
    OffsetDateTime end = to.plusDays(1).atStartOfDay(clock.getZone()).toOffsetDateTime();
    String joins =
        " FROM cus_customer r JOIN cus_customer v ON v.id = r.referrer_id"
            + " LEFT JOIN cus_vip_profile p ON p.customer_id = v.id"
            + " WHERE v.classification = 'VIP' AND r.registered_at >= ?1 AND r.registered_at < ?2"
            + (store.isPresent() ? " AND v.store_id = ?3" : "");
    List<ReferralKindRow> byKind = new ArrayList<>();
    long leads = 0;
    for (Object[] row :
        rows(
            "SELECT p.kind, COUNT(DISTINCT v.id), COUNT(*)" + joins + " GROUP BY p.kind",
            start,
            end,
            store)) {
      byKind.add(new ReferralKindRow(kind(row[0]), number(row[1]), number(row[2])));
      leads += number(row[2]);
    }
    byKind.sort(
        java.util.Comparator.comparingLong(ReferralKindRow::leads)
            .reversed()
            .thenComparing(k -> k.kind() == null ? "~" : k.kind().name()));
    long vips = byKind.stream().mapToLong(ReferralKindRow::vips).sum();
    Query perVip =
        bind(
            em.createNativeQuery(
                "SELECT v.id, v.name, p.kind, COUNT(*)"
                    + joins
                    + " GROUP BY v.id, v.name, p.kind ORDER BY COUNT(*) DESC, v.id"),
            start,
            end,
            store);
    List<ReferralRow> items = new ArrayList<>();
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        perVip.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
    for (Object[] row : rows) {
      items.add(new ReferralRow(number(row[0]), (String) row[1], kind(row[2]), number(row[3])));
    }
    return new ReferralReport(
        from, to, leads, byKind, new Page<>(items, vips, page.page(), page.size()));
  }

  /** A VIP the caller may see: another store's customer is not found, anyone else not a VIP. */
  private Customer vip(long customerId) {
    Customer customer = Customer.visible(em, scope, customerId);
    if (customer.classification() != Classification.VIP) {
      throw RuleViolationException.conflict(
          "error.vip.notVip", null, "Only a VIP has a VIP profile");
    }
    return customer;
  }

  private VipProfile view(Customer customer, VipProfileRecord profile) {
    long referrals =
        em.createQuery("select count(c) from Customer c where c.referrerId = :vip", Long.class)
            .setParameter("vip", customer.id())
            .getSingleResult();
    long[] counts = invitationCounts(customer.id());
    List<VipInvitationView> latest =
        em
            .createQuery(
                "select i from VipInvitationRecord i where i.customerId = :customer"
                    + " order by i.invitedOn desc, i.id desc",
                VipInvitationRecord.class)
            .setParameter("customer", customer.id())
            .setMaxResults(LATEST_INVITATIONS)
            .getResultList()
            .stream()
            .map(VipInvitationRecord::view)
            .toList();
    Long metBy = profile == null ? null : profile.metBy();
    String metByName =
        metBy == null
            ? null
            : staff.byIds(List.of(metBy)).stream().findFirst().map(UserView::fullName).orElse(null);
    return new VipProfile(
        customer.id(),
        profile == null ? null : profile.kind(),
        metBy,
        metByName,
        profile == null ? null : profile.metAt(),
        referrals,
        counts[0],
        counts[1],
        latest,
        profile == null ? 0 : profile.version());
  }

  /** The VIP's invitations in all and those accepted. */
  private long[] invitationCounts(long customerId) {
    long all =
        em.createQuery(
                "select count(i) from VipInvitationRecord i where i.customerId = :customer",
                Long.class)
            .setParameter("customer", customerId)
            .getSingleResult();
    long accepted =
        em.createQuery(
                "select count(i) from VipInvitationRecord i where i.customerId = :customer"
                    + " and i.accepted = :yes",
                Long.class)
            .setParameter("customer", customerId)
            .setParameter("yes", Boolean.TRUE)
            .getSingleResult();
    return new long[] {all, accepted};
  }

  private List<Object[]> rows(
      String sql, OffsetDateTime start, OffsetDateTime end, Optional<Long> store) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows = bind(em.createNativeQuery(sql), start, end, store).getResultList();
    return rows;
  }

  private static Query bind(
      Query query, OffsetDateTime start, OffsetDateTime end, Optional<Long> store) {
    query.setParameter(1, start).setParameter(2, end);
    store.ifPresent(id -> query.setParameter(3, id));
    return query;
  }

  private static VipKind kind(Object value) {
    return value == null ? null : VipKind.valueOf(value.toString());
  }

  private static long number(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }
}
