package org.storecrm.sales.web;

import jakarta.enterprise.inject.Instance;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.storecrm.customers.CustomerCard;
import org.storecrm.customers.CustomerDirectory;
import org.storecrm.platform.StoreDirectory;
import org.storecrm.platform.StoreView;
import org.storecrm.platform.web.api.UserPreferences;
import org.storecrm.sales.AfterSaleOffer;
import org.storecrm.sales.Checkout;
import org.storecrm.sales.OrderView;
import org.storecrm.sales.ReceiptSection;

/**
 * The printable receipt of an order ({@code ?id=}): in the customer's preferred language when the
 * order has a customer, else in the viewer's.
 */
@Named
@ViewScoped
public class ReceiptPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient Checkout checkout;
  @Inject transient StoreDirectory stores;
  @Inject transient CustomerDirectory customers;
  @Inject transient Clock clock;

  private Long id;
  private OrderView order;
  private StoreView store;
  private CustomerCard customer;
  private List<AfterSaleOffer.Link> offers;
  @Inject transient Instance<AfterSaleOffer> afterSale;
  private List<ReceiptSection.Block> sections;
  @Inject transient Instance<ReceiptSection> receiptSections;

  @Inject transient UserPreferences preferences;

  public void load() {
    order = checkout.get(id);
    store = stores.get(order.storeId());
    customer = order.customerId() == null ? null : customers.get(order.customerId());
    offers = null;
    sections = null;
  }

  /** The language the receipt is printed in. */
  public Locale getLocale() {
    return customer == null ? preferences.getLocale() : customer.locale();
  }

  public boolean isChinese() {
    return "zh".equals(getLocale().getLanguage());
  }

  /** The sales texts in the receipt's language ({@code #{receiptPage.texts['receipt.order']}}). */
  public ResourceBundle getTexts() {
    return ResourceBundle.getBundle(
        "org.storecrm.sales.messages", getLocale(), Thread.currentThread().getContextClassLoader());
  }

  /** The sale time in the receipt's language and the store's zone. */
  public String getSoldAt() {
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
        .withLocale(getLocale())
        .withZone(clock.getZone())
        .format(order.soldAt());
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

  /**
   * Printed sections of other modules (e.g. services' open plan offers), in the receipt's language.
   */
  public List<ReceiptSection.Block> getSections() {
    if (sections == null) {
      List<ReceiptSection.Block> blocks = new ArrayList<>();
      if (order != null) {
        Locale locale = getLocale();
        receiptSections.forEach(section -> blocks.addAll(section.sectionsFor(order, locale)));
      }
      sections = List.copyOf(blocks);
    }
    return sections;
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
