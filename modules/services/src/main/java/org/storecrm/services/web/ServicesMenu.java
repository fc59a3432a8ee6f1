package org.storecrm.services.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.storecrm.platform.MenuContribution;
import org.storecrm.platform.MenuItem;

@ApplicationScoped
public class ServicesMenu implements MenuContribution {
  static final String BUNDLE = "org.storecrm.services.messages";

  @Override
  public List<MenuItem> menuItems() {
    return List.of();
  }
}
