package org.storecrm.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.storecrm.platform.Languages;
import org.storecrm.platform.NewUser;
import org.storecrm.platform.PageRequest;
import org.storecrm.platform.Role;
import org.storecrm.platform.StaffDirectory;
import org.storecrm.platform.StoreDirectory;
import org.storecrm.platform.StoreView;
import org.storecrm.platform.UserChanges;
import org.storecrm.platform.UserView;
import org.storecrm.platform.web.api.FormErrors;
import org.storecrm.platform.web.api.Texts;

/** Creates a staff member, or edits one ({@code ?id=}); administrators only. */
@Named
@ViewScoped
public class UserEdit implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient StaffDirectory staff;
  @Inject transient StoreDirectory stores;
  @Inject transient FormErrors errors;
  @Inject transient Texts texts;

  private Long id;
  private Long version;
  private String username;
  private String password;
  private String fullName;
  private Role role = Role.CONSULTANT;
  private Long storeId;
  private String language = Languages.CHINESE;
  private boolean active = true;
  private String newPassword;

  public void load() {
    if (id != null && version == null) {
      UserView user = staff.get(id);
      version = user.version();
      username = user.username();
      fullName = user.fullName();
      role = user.role();
      storeId = user.storeId();
      language = user.language();
      active = user.active();
    }
  }

  public String save() {
    try {
      if (id == null) {
        staff.create(new NewUser(username, password, fullName, role, storeId, language));
      } else {
        staff.update(id, new UserChanges(fullName, role, storeId, language, active, version));
      }
    } catch (RuntimeException e) {
      errors.show(e, "userForm", Texts.PLATFORM_BUNDLE);
      return null;
    }
    return done("user.saved", username);
  }

  public String resetPassword() {
    try {
      staff.resetPassword(id, newPassword);
    } catch (RuntimeException e) {
      errors.show(e, "passwordForm", Texts.PLATFORM_BUNDLE);
      return null;
    }
    return done("user.passwordReset", username);
  }

  private String done(String key, String name) {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.getExternalContext().getFlash().setKeepMessages(true);
    faces.addMessage(null, new FacesMessage(texts.get(key, name)));
    return "/admin/users.xhtml?faces-redirect=true";
  }

  /** Stores to pick from; a chain has tens of stores, so the first page of 200 holds them all. */
  public List<StoreView> getStores() {
    return stores.find(null, new PageRequest(0, PageRequest.MAX_SIZE, "name", true)).items();
  }

  public Role[] getRoles() {
    return Role.values();
  }

  public List<String> getLanguages() {
    return Languages.ALL;
  }

  public boolean isNew() {
    return id == null;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getFullName() {
    return fullName;
  }

  public void setFullName(String fullName) {
    this.fullName = fullName;
  }

  public Role getRole() {
    return role;
  }

  public void setRole(Role role) {
    this.role = role;
  }

  public Long getStoreId() {
    return storeId;
  }

  public void setStoreId(Long storeId) {
    this.storeId = storeId;
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }
}
