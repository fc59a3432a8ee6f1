package org.storecrm.platform.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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

  @Override
  public Page<NoticeView> mine(boolean unreadOnly, PageRequest page) {
    Long me = caller();
    if (me == null) {
      return new Page<>(List.of(), 0, page.page(), page.size());
    }
    String where = "n.userId = :me" + (unreadOnly ? " AND n.readAt IS NULL" : "");
    List<Notice> rows =
        em.createQuery(
                "SELECT n FROM Notice n WHERE " + where + " ORDER BY n.postedAt DESC, n.id DESC",
                Notice.class)
            .setParameter("me", me)
            .setFirstResult(page.offset())
            .setMaxResults(page.size())
            .getResultList();
    long total =
        em.createQuery("SELECT COUNT(n) FROM Notice n WHERE " + where, Long.class)
            .setParameter("me", me)
            .getSingleResult();
    return new Page<>(
        rows.stream().map(n -> n.toView(currentUser.locale())).toList(),
        total,
        page.page(),
        page.size());
  }

  @Override
  public long unreadCount() {
    Long me = caller();
    return me == null
        ? 0
        : em.createQuery(
                "SELECT COUNT(n) FROM Notice n WHERE n.userId = :me AND n.readAt IS NULL",
                Long.class)
            .setParameter("me", me)
            .getSingleResult();
  }

  @Override
  public void markRead(long noticeId) {
    Notice notice = em.find(Notice.class, noticeId);
    Long me = caller();
    if (notice == null || me == null || notice.userId() != me) {
      throw new RecordNotFoundException("Notice", noticeId);
    }
    if (notice.readAt == null) {
      notice.readAt = clock.instant();
    }
  }

  @Override
  public int markAllRead() {
    Long me = caller();
    return me == null
        ? 0
        : em.createQuery(
                "UPDATE Notice n SET n.readAt = :now WHERE n.userId = :me AND n.readAt IS NULL")
            .setParameter("now", clock.instant())
            .setParameter("me", me)
            .executeUpdate();
  }

  private Long caller() {
    return currentUser.userId().orElse(null);
  }
}
