package org.storecrm.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.storecrm.platform.StoreDirectory;
import org.storecrm.platform.StoreForm;
import org.storecrm.platform.StoreView;
import org.storecrm.platform.web.api.FormErrors;
import org.storecrm.platform.web.api.Texts;

/** Creates a store, or edits one ({@code ?id=}). */
@Named
@ViewScoped
public class StoreEdit implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient StoreDirectory stores;
  @Inject transient FormErrors errors;
  @Inject transient Texts texts;

  private Long id;
  private Long version;
  private String code;
  private String name;
  private String nameZh;
  private String region;
  private String city;
  private String address;
  private String addressZh;
  private String phone;
  private boolean active = true;

  public void load() {
    if (id != null && version == null) {
      StoreView store = stores.get(id);
      version = store.version();
      code = store.code();
      name = store.name();
      nameZh = store.nameZh();
      region = store.region();
      city = store.city();
      address = store.address();
      addressZh = store.addressZh();
      phone = store.phone();
      active = store.active();
    }
  }

  public String save() {
    StoreForm form =
        new StoreForm(code, name, nameZh, region, city, address, addressZh, phone, active, version);
    try {
      if (id == null) {
        stores.create(form);
      } else {
        stores.update(id, form);
      }
    } catch (RuntimeException e) {
      errors.show(e, "storeForm", Texts.PLATFORM_BUNDLE);
      return null;
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.getExternalContext().getFlash().setKeepMessages(true);
    faces.addMessage(null, new FacesMessage(texts.get("store.saved", name)));
    return "/admin/stores.xhtml?faces-redirect=true";
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

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getNameZh() {
    return nameZh;
  }

  public void setNameZh(String nameZh) {
    this.nameZh = nameZh;
  }

  public String getAddressZh() {
    return addressZh;
  }

  public void setAddressZh(String addressZh) {
    this.addressZh = addressZh;
  }

  public String getRegion() {
    return region;
  }

  public void setRegion(String region) {
    this.region = region;
  }

  public String getCity() {
    return city;
  }

  public void setCity(String city) {
    this.city = city;
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }
}
