package org.storecrm.platform;

import java.util.List;

/**
 * The menu SPI: each module that has screens provides one CDI bean implementing this; the layout
 * shows the entries whose roles include the user's.
 */
public interface MenuContribution {
  List<MenuItem> menuItems();
}
