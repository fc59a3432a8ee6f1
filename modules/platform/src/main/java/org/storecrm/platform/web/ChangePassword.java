package org.storecrm.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.storecrm.platform.StaffDirectory;
import org.storecrm.platform.web.api.FormErrors;
import org.storecrm.platform.web.api.Texts;

@Named
@RequestScoped
public class ChangePassword {
  @Inject StaffDirectory staff;
  @Inject FormErrors errors;
  @Inject Texts texts;
  @Inject FacesContext faces;

  private String currentPassword;
  private String newPassword;
  private String repeatedPassword;

  public void change() {
    if (!newPassword.equals(repeatedPassword)) {
      faces.validationFailed();
      faces.addMessage(
          "passwordForm:repeatedPassword",
          new FacesMessage(FacesMessage.SEVERITY_ERROR, texts.get("password.mismatch"), null));
      return;
    }
    try {
      staff.changeOwnPassword(currentPassword, newPassword);
      faces.addMessage(null, new FacesMessage(texts.get("password.changed")));
    } catch (RuntimeException e) {
      errors.show(e, "passwordForm", Texts.PLATFORM_BUNDLE);
    }
  }

  public String getCurrentPassword() {
    return currentPassword;
  }

  public void setCurrentPassword(String currentPassword) {
    this.currentPassword = currentPassword;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }

  public String getRepeatedPassword() {
    return repeatedPassword;
  }

  public void setRepeatedPassword(String repeatedPassword) {
    this.repeatedPassword = repeatedPassword;
  }
}
