package org.storecrm.bundles.internal;

import jakarta.enterprise.context.ApplicationScoped;
import org.storecrm.platform.ModuleSchema;

@ApplicationScoped
public class BundlesSchema implements ModuleSchema {
  @Override
  public String module() {
    return "bundles";
  }

  @Override
  public String tablePrefix() {
    return "bun";
  }

  @Override
  public int order() {
    return 30;
  }
}
