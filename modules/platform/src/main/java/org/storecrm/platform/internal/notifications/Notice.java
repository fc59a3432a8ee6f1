package org.storecrm.platform.internal.notifications;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import org.storecrm.platform.NewNotice;
import org.storecrm.platform.NoticeView;
import org.storecrm.platform.web.api.Texts;

/** One staff member's notice. Its text is rendered when read, in the reader's language. */
@Entity
@Table(name = "plt_notice")
public class Notice {
  /** Separates the stored arguments; a control character no message argument contains. */
  private static final String ARG_SEPARATOR = "\u001f";

  @Id
  @SequenceGenerator(name = "plt_notice_seq", sequenceName = "plt_notice_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plt_notice_seq")
  private Long id;

  @Column(name = "user_id", nullable = false, updatable = false)
  private long userId;

  @Column(name = "notice_key", nullable = false, length = 120, updatable = false)
  private String key;

  @Column(nullable = false, length = 100, updatable = false)
  private String bundle;

  @Column(name = "message_key", nullable = false, length = 100, updatable = false)
  private String messageKey;

  @Column(length = 2200, updatable = false)
  private String args;

  @Column(length = 200, updatable = false)
  private String link;

  @Column(name = "posted_at", nullable = false, updatable = false)
  private Instant postedAt;

  @Column(name = "read_at")
  private Instant readAt;

  protected Notice() {}

  Notice(NewNotice notice, long userId, Instant postedAt) {
    this.userId = userId;
    this.key = notice.key();
    this.bundle = notice.bundle();
    this.messageKey = notice.messageKey();
    this.args =
        notice.args().stream()
            .map(arg -> arg.replace(ARG_SEPARATOR, " "))
            .reduce((a, b) -> a + ARG_SEPARATOR + b)
            .orElse(null);
    this.link = notice.link();
    this.postedAt = postedAt;
  }

  long userId() {
    return userId;
  }

  /** The reader has seen it; the first reading counts, a second one changes nothing. */
  void markRead(Instant at) {
    if (readAt == null) {
      readAt = at;
    }
  }

  NoticeView toView(Locale locale) {
    return new NoticeView(id, postedAt, text(locale), link, readAt != null);
  }

  public String text(Locale locale) {
    Object[] arguments = args == null ? new Object[0] : args.split(ARG_SEPARATOR, -1);
    return Texts.format(bundle, messageKey, locale, arguments);
  }
}
