package org.storecrm.platform.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.storecrm.platform.NoticeView;
import org.storecrm.platform.StaffNotices;
import org.storecrm.platform.web.api.PagedModel;

/** The notices page: the user's own notices, newest first; reading one marks it read. */
@Named
@ViewScoped
public class NoticeList implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient StaffNotices notices;

  private boolean unreadOnly;
  private PagedModel<NoticeView> model;

  @PostConstruct
  void init() {
    model = new PagedModel<>("postedAt", (page, filters) -> notices.mine(unreadOnly, page));
  }

  public PagedModel<NoticeView> getModel() {
    return model;
  }

  public boolean isUnreadOnly() {
    return unreadOnly;
  }

  public void setUnreadOnly(boolean unreadOnly) {
    this.unreadOnly = unreadOnly;
  }

  public void markRead(long id) {
    notices.markRead(id);
  }

  public void markAllRead() {
    notices.markAllRead();
  }
}
