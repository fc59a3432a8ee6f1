package org.storecrm.platform;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * In-app notices for staff: an SLA about to break, an account put on credit hold. Posting joins the
 * caller's transaction, so a notice exists exactly when its cause committed; a post repeated under
 * the same key (a sweep run twice) is ignored. Callers that can run concurrently on two instances
 * decide who posts with their own once-only guard (a unique step row, a guarded update).
 */
public interface StaffNotices {
  /** Posts to one staff member; false when they already have a notice under this key. */
  boolean post(@NotNull @Valid NewNotice notice, long userId);

  /** Posts to every active user of the role in the store; how many got it now. */
  int postToRole(@NotNull @Valid NewNotice notice, long storeId, @NotNull Role role);

  /**
   * Posts each notice to every active user of the role in the store, set-based: the users are
   * looked up once and the notices they already have in one query, whatever the number of notices
   * (a sweep's burst); how many notices were posted now.
   */
  int postAllToRole(
      @NotNull List<@NotNull @Valid NewNotice> notices, long storeId, @NotNull Role role);

  /** The caller's notices, newest first. */
  Page<NoticeView> mine(boolean unreadOnly, @NotNull PageRequest page);

  /** How many of the caller's notices are unread. */
  long unreadCount();

  /** Marks one of the caller's notices read; anyone else's is a {@link RecordNotFoundException}. */
  void markRead(long noticeId);

  /** Marks all of the caller's notices read; how many were unread. */
  int markAllRead();
}
