package org.storecrm.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Optional;
import org.storecrm.platform.CurrentUser;
import org.storecrm.platform.Languages;
import org.storecrm.platform.StaffDirectory;
import org.storecrm.platform.StaffNotices;
import org.storecrm.platform.UserView;
import org.storecrm.platform.web.api.Texts;

/** What the top bar shows: the store, the user, their unread notices, and the way out. */
@Named
@RequestScoped
public class TopBar {
  @Inject CurrentUser currentUser;
  @Inject StaffDirectory staff;
  @Inject FacesContext faces;
  @Inject Texts texts;
  @Inject StaffNotices notices;

  private Optional<UserView> user;
  private Long unreadNotices;

  public UserView getUser() {
    if (user == null) {
      user =
          currentUser.isAuthenticated()
              ? staff.findByUsername(currentUser.username())
              : Optional.empty();
    }
    return user.orElse(null);
  }

  public String getStoreName() {
    UserView view = getUser();
    if (view == null) {
      return "";
    }
    if (view.storeName() == null) {
      return texts.get("topbar.headOffice");
    }
    // In the page's language: the Chinese name for Chinese when the store has one.
    return Languages.pick(texts.locale(), view.storeName(), view.storeNameZh());
  }

  public String getRoleLabel() {
    UserView view = getUser();
    return view == null ? "" : texts.get("role." + view.role().name());
  }

  /** The user's unread notices, counted once per request (one indexed count). */
  public long getUnreadNotices() {
    if (unreadNotices == null) {
      unreadNotices = currentUser.isAuthenticated() ? notices.unreadCount() : 0L;
    }
    return unreadNotices;
  }

  public String getNoticesTitle() {
    return texts.get("topbar.notices", getUnreadNotices());
  }

  public void logout() throws ServletException, IOException {
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    request.logout();
    external.invalidateSession();
    external.redirect(request.getContextPath() + "/login.xhtml");
    faces.responseComplete();
  }
}
