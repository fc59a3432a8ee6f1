package org.storecrm.platform.web.api;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;
import org.storecrm.platform.Languages;
import org.storecrm.platform.StaffDirectory;

/**
 * The screen language of this session: first from the browser, then from the user's profile at
 * login, and whatever the user picks in the top bar (which is also saved to their profile).
 */
@Named
@SessionScoped
public class UserPreferences implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject StaffDirectory staff;

  private String language;
  private boolean chosenInThisSession;

  public Locale getLocale() {
    return Languages.toLocale(getLanguage());
  }

  public String getLanguage() {
    if (language == null) {
      FacesContext faces = FacesContext.getCurrentInstance();
      language =
          faces == null
              ? Languages.ENGLISH
              : Languages.of(faces.getExternalContext().getRequestLocale());
    }
    return language;
  }

  /** The top bar's switch. */
  public void switchTo(String tag) {
    String wanted = Languages.normalize(tag);
    if (!Languages.ALL.contains(wanted)) {
      return;
    }
    language = wanted;
    chosenInThisSession = true;
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.getViewRoot().setLocale(getLocale());
    if (faces.getExternalContext().getUserPrincipal() != null) {
      staff.changeOwnLanguage(wanted);
    }
  }

  /** At login: a language picked on the login page wins and is saved; otherwise the profile's. */
  public void applyAtLogin(String profileLanguage) {
    if (chosenInThisSession) {
      if (!language.equals(profileLanguage)) {
        staff.changeOwnLanguage(language);
      }
    } else {
      language = profileLanguage;
    }
  }

  public boolean isChinese() {
    return Languages.CHINESE.equals(getLanguage());
  }
}
