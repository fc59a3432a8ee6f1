package org.storecrm.services.internal;

import jakarta.enterprise.context.ApplicationScoped;
import org.storecrm.platform.ModuleSchema;

@ApplicationScoped
public class ServicesSchema implements ModuleSchema {
  @Override
  public String module() {
    return "services";
  }

  @Override
  public String tablePrefix() {
    return "svc";
  }

  @Override
  public int order() {
    return 40;
  }
}
