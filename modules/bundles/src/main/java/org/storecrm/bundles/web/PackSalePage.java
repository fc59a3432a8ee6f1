package org.storecrm.bundles.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import org.storecrm.bundles.GiftPackView;
import org.storecrm.bundles.GiftPacks;
import org.storecrm.platform.CurrentUser;
import org.storecrm.platform.web.api.FormErrors;
import org.storecrm.platform.web.api.Texts;
import org.storecrm.sales.Checkout;
import org.storecrm.sales.OrderView;
import org.storecrm.sales.Payment;

/**
 * After a sale closes: the gift packs that suit it, each sold to the same customer as an order of
 * its own that names the sale (its attach KPIs count the pack); without an order, every active
 * pack.
 */
@Named
@ViewScoped
public class PackSalePage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient GiftPacks packs;
  @Inject transient Checkout checkout;
  @Inject transient FormErrors errors;
  @Inject transient Texts texts;
  @Inject transient CurrentUser user;

  private Long orderId;
  private Long customerId;
  private List<GiftPackView> offers = List.of();
  private Payment payment = Payment.CASH;
  private String formToken = UUID.randomUUID().toString();
  private Long accountId;

  public void load() {
    if (!isSeller()) {
      return;
    }
    if (orderId == null) {
      offers = packs.packs();
      return;
    }
    OrderView order = checkout.get(orderId);
    customerId = order.customerId();
    accountId = order.accountId(); // a pack after a credit sale may go on the same account
    offers = packs.offersAfter(orderId);
  }

  public String sell(long packId) {
    OrderView sold;
    try {
      sold =
          packs
              .sell(
                  packId,
                  new GiftPacks.Sale(
                      customerId,
                      1,
                      payment,
                      null,
                      orderId,
                      payment == Payment.ACCOUNT_CREDIT ? accountId : null),
                  formToken)
              .order();
    } catch (RuntimeException e) {
      errors.show(e, "packForm", BundlesMenu.BUNDLE);
      return null;
    }
    formToken = UUID.randomUUID().toString();
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.getExternalContext().getFlash().setKeepMessages(true);
    faces.addMessage(
        null, new FacesMessage(texts.fromBundle(BundlesMenu.BUNDLE, "packs.sold", sold.id())));
    return "/sales/receipt.xhtml?faces-redirect=true&id=" + sold.id();
  }

  /** Store staff sell packs; head office only keeps them. */
  public boolean isSeller() {
    return user.storeId().isPresent();
  }

  public Long getOrderId() {
    return orderId;
  }

  public void setOrderId(Long orderId) {
    this.orderId = orderId;
  }

  public List<GiftPackView> getOffers() {
    return offers;
  }

  public Payment getPayment() {
    return payment;
  }

  public void setPayment(Payment payment) {
    this.payment = payment;
  }

  /** Account credit only after a sale on a business account, charged to the same account. */
  public Payment[] getPayments() {
    return accountId == null
        ? new Payment[] {Payment.CASH, Payment.CARD}
        : new Payment[] {Payment.CASH, Payment.CARD, Payment.ACCOUNT_CREDIT};
  }
}
