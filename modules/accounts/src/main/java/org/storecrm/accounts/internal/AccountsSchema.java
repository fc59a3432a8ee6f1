package org.storecrm.accounts.internal;

import jakarta.enterprise.context.ApplicationScoped;
import org.storecrm.platform.ModuleSchema;

@ApplicationScoped
public class AccountsSchema implements ModuleSchema {
  @Override
  public String module() {
    return "accounts";
  }

  @Override
  public String tablePrefix() {
    return "acc";
  }

  @Override
  public int order() {
    return 50;
  }
}
