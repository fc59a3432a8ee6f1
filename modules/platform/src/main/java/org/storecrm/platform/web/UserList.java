package org.storecrm.platform.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.storecrm.platform.Role;
import org.storecrm.platform.StaffDirectory;
import org.storecrm.platform.UserFilter;
import org.storecrm.platform.UserView;
import org.storecrm.platform.web.api.PagedModel;

/** Staff list: all staff for administrators, the own store's for managers. */
@Named
@ViewScoped
public class UserList implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient StaffDirectory staff;

  private PagedModel<UserView> model;

  @PostConstruct
  void init() {
    model =
        new PagedModel<>(
            "username",
            (page, filters) ->
                staff.find(
                    new UserFilter(
                        (String) filters.get("globalFilter"),
                        filters.get("role") == null
                            ? null
                            : Role.valueOf(filters.get("role").toString()),
                        null,
                        filters.get("active") == null
                            ? null
                            : Boolean.valueOf(filters.get("active").toString())),
                    page));
  }

  public PagedModel<UserView> getModel() {
    return model;
  }

  public Role[] getRoles() {
    return Role.values();
  }
}
