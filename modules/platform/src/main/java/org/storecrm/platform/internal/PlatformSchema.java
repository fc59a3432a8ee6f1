package org.storecrm.platform.internal;

import jakarta.enterprise.context.ApplicationScoped;
import org.storecrm.platform.ModuleSchema;

@ApplicationScoped
public class PlatformSchema implements ModuleSchema {
  @Override
  public String module() {
    return "platform";
  }

  @Override
  public String tablePrefix() {
    return "plt";
  }

  @Override
  public int order() {
    return 0;
  }
}
