package org.storecrm.platform.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.storecrm.platform.StoreDirectory;
import org.storecrm.platform.StoreView;
import org.storecrm.platform.web.api.PagedModel;

@Named
@ViewScoped
public class StoreList implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient StoreDirectory stores;

  private PagedModel<StoreView> model;

  @PostConstruct
  void init() {
    model =
        new PagedModel<>(
            "code", (page, filters) -> stores.find((String) filters.get("globalFilter"), page));
  }

  public PagedModel<StoreView> getModel() {
    return model;
  }
}
