package org.storecrm.platform.internal.notifications;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Root;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.storecrm.platform.CriteriaPages;
import org.storecrm.platform.CurrentUser;
import org.storecrm.platform.NewNotice;
import org.storecrm.platform.NoticeView;
import org.storecrm.platform.Page;
import org.storecrm.platform.PageRequest;
import org.storecrm.platform.RecordNotFoundException;
import org.storecrm.platform.Role;
import org.storecrm.platform.StaffNotices;
import org.storecrm.platform.ValidatedArguments;

/**
 * Notices are posted by modules' services and sweeps (any caller, the system included) and read by
 * each staff member for themselves only.
 */
@Stateless
@ValidatedArguments
@PermitAll
public class NoticeService implements StaffNotices {
  private static final long NO_ONE = -1;
  private static final int CHUNK = 1000;
  private static final Map<String, Function<Root<Notice>, Expression<?>>> SORTABLE =
      Map.of("postedAt", root -> root.get("postedAt"));

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject CurrentUser currentUser;

  @Override
  public boolean post(NewNotice notice, long userId) {
    return postTo(notice, List.of(userId)) == 1;
  }

  @Override
  public int postToRole(NewNotice notice, long storeId, Role role) {
    List<Long> users =
        em.createQuery(
                "SELECT u.id FROM UserAccount u WHERE u.store.id = :store AND u.role = :role"
                    + " AND u.active = TRUE",
                Long.class)
            .setParameter("store", storeId)
            .setParameter("role", role)
            .getResultList();
    return postTo(notice, users);
  }

  @Override
  public int postAllToRole(List<NewNotice> notices, long storeId, Role role) {
    if (notices.isEmpty()) {
      return 0;
    }
    List<Long> users = activeUsers(storeId, role);
    if (users.isEmpty()) {
      return 0;
    }
    Set<String> already = new HashSet<>();
    List<String> keys = notices.stream().map(NewNotice::key).distinct().toList();
    for (int from = 0; from < keys.size(); from += CHUNK) {
      em.createQuery(
              "SELECT n.key, n.userId FROM Notice n WHERE n.key IN :keys AND n.userId IN :users",
              Object[].class)
          .setParameter("keys", keys.subList(from, Math.min(keys.size(), from + CHUNK)))
          .setParameter("users", users)
          .getResultList()
          .forEach(row -> already.add(row[0] + "\n" + row[1]));
    }
    Instant now = clock.instant();
    int posted = 0;
    for (NewNotice notice : notices) {
      for (long user : users) {
        if (already.add(notice.key() + "\n" + user)) {
          em.persist(new Notice(notice, user, now));
          posted++;
        }
      }
    }
    return posted;
  }

  private List<Long> activeUsers(long storeId, Role role) {
    return em.createQuery(
            "SELECT u.id FROM UserAccount u WHERE u.store.id = :store AND u.role = :role"
                + " AND u.active = TRUE",
            Long.class)
        .setParameter("store", storeId)
        .setParameter("role", role)
        .getResultList();
  }

  private int postTo(NewNotice notice, List<Long> users) {
    if (users.isEmpty()) {
      return 0;
    }
    Set<Long> already =
        new HashSet<>(
            em.createQuery(
                    "SELECT n.userId FROM Notice n WHERE n.key = :key AND n.userId IN :users",
                    Long.class)
                .setParameter("key", notice.key())
                .setParameter("users", users)
                .getResultList());
    int posted = 0;
    for (long user : users) {
      if (!already.contains(user)) {
        em.persist(new Notice(notice, user, clock.instant()));
        posted++;
      }
    }
    return posted;
  }

  /** Always newest first: a notice list is read from the top. */
  @Override
  public Page<NoticeView> mine(boolean unreadOnly, PageRequest page) {
    long me = caller();
    return CriteriaPages.find(
            em,
            Notice.class,
            new PageRequest(page.page(), page.size(), "postedAt", false),
            (cb, root) ->
                unreadOnly
                    ? cb.and(cb.equal(root.get("userId"), me), cb.isNull(root.get("readAt")))
                    : cb.equal(root.get("userId"), me),
            SORTABLE,
            "postedAt",
            root -> {})
        .map(notice -> notice.toView(currentUser.locale()));
  }

  @Override
  public long unreadCount() {
    return em.createQuery(
            "SELECT COUNT(n) FROM Notice n WHERE n.userId = :me AND n.readAt IS NULL", Long.class)
        .setParameter("me", caller())
        .getSingleResult();
  }

  @Override
  public void markRead(long noticeId) {
    Notice notice = em.find(Notice.class, noticeId);
    if (notice == null || notice.userId() != caller()) {
      throw new RecordNotFoundException("Notice", noticeId);
    }
    notice.markRead(clock.instant());
  }

  @Override
  public int markAllRead() {
    return em.createQuery(
            "UPDATE Notice n SET n.readAt = :now WHERE n.userId = :me AND n.readAt IS NULL")
        .setParameter("now", clock.instant())
        .setParameter("me", caller())
        .executeUpdate();
  }

  /** The caller's staff id; the system (a timer) has none and so no notices (ids are positive). */
  private long caller() {
    return currentUser.userId().orElse(NO_ONE);
  }
}
