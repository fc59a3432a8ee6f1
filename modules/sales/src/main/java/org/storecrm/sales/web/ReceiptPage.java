package org.storecrm.sales.web;

import jakarta.enterprise.inject.Instance;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.storecrm.customers.CustomerCard;
import org.storecrm.customers.CustomerDirectory;
import org.storecrm.platform.StoreDirectory;
import org.storecrm.platform.StoreView;
import org.storecrm.sales.AfterSaleOffer;
import org.storecrm.sales.Checkout;
import org.storecrm.sales.OrderView;

/** The printable receipt of an order ({@code ?id=}), in the viewer's language. */
@Named
@ViewScoped
public class ReceiptPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient Checkout checkout;
  @Inject transient StoreDirectory stores;
  @Inject transient CustomerDirectory customers;

  private Long id;
  private OrderView order;
  private StoreView store;
  private CustomerCard customer;
  private List<AfterSaleOffer.Link> offers;
  @Inject transient Instance<AfterSaleOffer> afterSale;

  public void load() {
    order = checkout.get(id);
    store = stores.get(order.storeId());
    customer = order.customerId() == null ? null : customers.get(order.customerId());
    offers = null;
  }

  /** Follow-up offers of other modules (e.g. gift packs) now that the sale is closed. */
  public List<AfterSaleOffer.Link> getOffers() {
    // Asked when the page renders, so that the labels are in the view's language.
    if (offers == null) {
      List<AfterSaleOffer.Link> links = new ArrayList<>();
      if (order != null) {
        afterSale.forEach(offer -> links.addAll(offer.offersAfter(order)));
      }
      offers = List.copyOf(links);
    }
    return offers;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  /** The lines as the receipt shows them: a gift pack as one row with its components under it. */
  public List<ReceiptRows.Row> getRows() {
    return order == null ? List.of() : ReceiptRows.of(order.lines());
  }

  public OrderView getOrder() {
    return order;
  }

  public StoreView getStore() {
    return store;
  }

  public CustomerCard getCustomer() {
    return customer;
  }
}
