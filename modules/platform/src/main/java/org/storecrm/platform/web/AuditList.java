package org.storecrm.platform.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.storecrm.platform.AuditEntry;
import org.storecrm.platform.AuditFilter;
import org.storecrm.platform.AuditLog;
import org.storecrm.platform.web.api.PagedModel;

@Named
@ViewScoped
public class AuditList implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient AuditLog auditLog;

  private PagedModel<AuditEntry> model;

  @PostConstruct
  void init() {
    model =
        new PagedModel<>(
            "occurredAt",
            (page, filters) ->
                auditLog.find(
                    new AuditFilter(
                        (String) filters.get("recordType"),
                        (String) filters.get("recordId"),
                        (String) filters.get("username"),
                        null,
                        null),
                    page));
  }

  public PagedModel<AuditEntry> getModel() {
    return model;
  }
}
