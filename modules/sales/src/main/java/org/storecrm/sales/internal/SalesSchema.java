package org.storecrm.sales.internal;

import jakarta.enterprise.context.ApplicationScoped;
import org.storecrm.platform.ModuleSchema;

@ApplicationScoped
public class SalesSchema implements ModuleSchema {
  @Override
  public String module() {
    return "sales";
  }

  @Override
  public String tablePrefix() {
    return "sal";
  }

  @Override
  public int order() {
    return 20;
  }
}
