package org.storecrm.customers.internal.membership;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.storecrm.customers.FollowUpReason;
import org.storecrm.customers.TierSweepReport;
import org.storecrm.customers.internal.CustomersSettings;
import org.storecrm.customers.internal.TierLadder;
import org.storecrm.customers.internal.followups.SweepKeys;

/**
 * Re-tiers every customer from the rolling window, set-wise: one INSERT … SELECT writes a change
 * row for each customer whose tier differs from what the window now reaches (keyed by the run), and
 * one UPDATE moves those customers, each to the tier of its change row (when its tier is still the
 * one the change was computed from: a sale that re-tiered the customer meanwhile wins). Then each
 * tier with a contact intensity gives its members who have no open follow-up a member-care contact
 * (one UPDATE of their next due date and one INSERT … SELECT of the tasks per tier), due the tier's
 * days after their last contact, or now when that is past. The day's dedupe key holds a second run
 * of the day to nothing new.
 */
@Stateless
public class TierSweep {
  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject CustomersSettings settings;

  public TierSweepReport sweep(Instant now) {
    TierLadder ladder = settings.tiers();
    OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
    OffsetDateTime from =
        TierLadder.windowFrom(now, clock.getZone(), settings.tierWindowMonths())
            .atOffset(ZoneOffset.UTC);
    String run = "TIERS:" + UUID.randomUUID().toString().replace("-", "");
    String lowest = "'" + ladder.lowest().key() + "'";
    // The keys and thresholds are validated settings (capitals and numbers), written as literals;
    // the tier is computed in derived tables, as H2 cannot group by an expression with a parameter.
    em.createNativeQuery(
            "INSERT INTO cus_tier_change"
                + " (id, customer_id, store_id, from_tier, to_tier, moved_up, changed_at, run_key)"
                + " SELECT nextval('cus_tier_change_seq'), id, store_id, tier, new_tier, CASE WHEN "
                + ladder.rankSql("new_tier")
                + " > "
                + ladder.rankSql("tier")
                + " THEN TRUE ELSE FALSE END, ?1, ?2 FROM (SELECT c.id, c.store_id, c.tier,"
                + " COALESCE(w.new_tier, "
                + lowest
                + ") AS new_tier FROM cus_customer c LEFT JOIN (SELECT customer_id, "
                + ladder.tierSql("spend", "purchases")
                + " AS new_tier FROM (SELECT customer_id, SUM(revenue) AS spend,"
                + " SUM(purchases) AS purchases FROM cus_purchase WHERE sold_at >= ?3"
                + " GROUP BY customer_id) s) w ON w.customer_id = c.id) t"
                + " WHERE tier <> new_tier")
        .setParameter(1, at)
        .setParameter(2, run)
        .setParameter(3, from)
        .executeUpdate();
    em.createNativeQuery(
            "UPDATE cus_customer SET tier = (SELECT ch.to_tier FROM cus_tier_change ch"
                + " WHERE ch.run_key = ?1 AND ch.customer_id = cus_customer.id)"
                + " WHERE EXISTS (SELECT 1 FROM cus_tier_change ch WHERE ch.run_key = ?1"
                + " AND ch.customer_id = cus_customer.id AND ch.from_tier = cus_customer.tier)")
        .setParameter(1, run)
        .executeUpdate();
    // A change this run could not apply (a sale, or another instance's run, re-tiered the customer
    // first) is no move: its row goes, so the report counts each move once.
    em.createNativeQuery(
            "DELETE FROM cus_tier_change WHERE run_key = ?1 AND EXISTS (SELECT 1 FROM cus_customer c"
                + " WHERE c.id = cus_tier_change.customer_id AND c.tier <> cus_tier_change.to_tier)")
        .setParameter(1, run)
        .executeUpdate();
    Object[] moves =
        (Object[])
            em.createNativeQuery(
                    "SELECT COALESCE(SUM(CASE WHEN moved_up THEN 1 ELSE 0 END), 0), COUNT(*)"
                        + " FROM cus_tier_change WHERE run_key = ?1")
                .setParameter(1, run)
                .getSingleResult();
    int up = ((Number) moves[0]).intValue();
    int down = ((Number) moves[1]).intValue() - up;
    int tasks = 0;
    String key = SweepKeys.memberCare(LocalDate.ofInstant(now, clock.getZone()));
    for (TierLadder.Tier tier : ladder.tiers()) {
      if (tier.contactDays() > 0) {
        tasks += memberCare(tier, at, key);
      }
    }
    return new TierSweepReport(now, up, down, tasks);
  }

  /**
   * The tier's members with no open follow-up get a member-care contact due {@code contactDays}
   * after their last contact, or now when that is past (or they were never contacted).
   */
  private int memberCare(TierLadder.Tier tier, OffsetDateTime now, String key) {
    OffsetDateTime cutoff = now.minus(Duration.ofDays(tier.contactDays()));
    String due =
        "CASE WHEN c.last_contact_at > ?2 THEN c.last_contact_at + INTERVAL '"
            + tier.contactDays()
            + "' DAY ELSE ?1 END";
    String waiting =
        " c.tier = '"
            + tier.key()
            + "' AND NOT EXISTS (SELECT 1 FROM cus_follow_up f WHERE f.customer_id = c.id"
            + " AND (f.status = 'OPEN' OR f.dedupe_key = ?3))";
    // The card's next due date first (these customers have no open task, so the new one is it),
    // then the tasks, chosen by the same condition in the same transaction.
    Query card =
        em.createNativeQuery(
            "UPDATE cus_customer c SET next_follow_up_due = "
                + due
                + ", version = version + 1 WHERE"
                + waiting);
    Query tasks =
        em.createNativeQuery(
            "INSERT INTO cus_follow_up (id, store_id, customer_id, consultant_id, reason, due_at,"
                + " status, dedupe_key, version) SELECT nextval('cus_follow_up_seq'), c.store_id,"
                + " c.id, c.consultant_id, '"
                + FollowUpReason.MEMBER_CARE.name()
                + "', "
                + due
                + ", 'OPEN', ?3, 0 FROM cus_customer c WHERE"
                + waiting);
    for (Query query : java.util.List.of(card, tasks)) {
      query.setParameter(1, now).setParameter(2, cutoff).setParameter(3, key);
    }
    card.executeUpdate();
    return tasks.executeUpdate();
  }
}
