package org.storecrm.it.screens;

import org.storecrm.it.Browser;

/** The store's orders, newest first. Page: {@code sales/orders.xhtml}. */
public final class OrdersScreen extends Screen {
  public OrdersScreen(Browser browser) {
    super(browser);
  }

  public Element ordersReturnLink(int row) {
    return at("ordersForm:orders:" + row + ":returnLink");
  }
}
