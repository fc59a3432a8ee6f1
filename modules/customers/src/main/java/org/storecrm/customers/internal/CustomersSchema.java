package org.storecrm.customers.internal;

import jakarta.enterprise.context.ApplicationScoped;
import org.storecrm.platform.ModuleSchema;

@ApplicationScoped
public class CustomersSchema implements ModuleSchema {
  @Override
  public String module() {
    return "customers";
  }

  @Override
  public String tablePrefix() {
    return "cus";
  }

  @Override
  public int order() {
    return 10;
  }
}
