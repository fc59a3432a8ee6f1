package org.storecrm.sales.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.UUID;
import org.storecrm.customers.CustomerCard;
import org.storecrm.customers.CustomerDirectory;
import org.storecrm.platform.RuleViolationException;
import org.storecrm.platform.web.api.FormErrors;
import org.storecrm.platform.web.api.Texts;
import org.storecrm.sales.Catalogue;
import org.storecrm.sales.ChecklistOutcome;
import org.storecrm.sales.Checkout;
import org.storecrm.sales.NewOrder;
import org.storecrm.sales.ProductView;
import org.storecrm.sales.Submission;
import org.storecrm.sales.Suggestion;
import org.storecrm.sales.internal.SalesSettings;

/**
 * The counter screen: the customer found by phone (registered in place when not found, through the
 * customers module, so the basket stays; or a walk-in sold anonymously), products added by SKU or
 * search, quantities and discounts, the advisors' checklist answered line by line, the payment. A
 * one-time token (the order's idempotency key) makes a double submit one order.
 *
 * <p>Each concern keeps its state in a helper the view holds, named in the page's EL: {@link
 * CounterBuyer} ({@code buyer}), {@link CounterBasket} ({@code basket}), {@link CounterChecklist}
 * ({@code checklist}) and {@link CounterPayment} ({@code paying}). The page holds the actions,
 * which tie the concerns together (a changed basket or buyer asks the advisors again) and show the
 * messages.
 */
@Named
@ViewScoped
public class CounterPage implements Serializable {
  private static final long serialVersionUID = 1L;
  // The customers module's texts: its refusals (a malformed phone, say) come with its keys.
  private static final String CUSTOMERS_BUNDLE = "org.storecrm.customers.messages";

  @Inject transient Checkout checkout;
  @Inject transient Catalogue catalogue;
  @Inject transient CustomerDirectory customers;
  @Inject transient FormErrors errors;
  @Inject transient Texts texts;
  @Inject transient SalesSettings settings;

  private final CounterBuyer buyer = new CounterBuyer();
  private final CounterBasket basket = new CounterBasket();
  private final CounterChecklist checklist = new CounterChecklist();
  private final CounterPayment paying = new CounterPayment();
  private String formToken;
  private Long completedSale;

  @PostConstruct
  void init() {
    formToken = UUID.randomUUID().toString();
  }

  public void findCustomer() {
    if (buyer.find(customers)) {
      refreshAdvice();
    }
  }

  public void sellAnonymously() {
    buyer.sellAnonymously();
    refreshAdvice();
  }

  /** Opens the in-place registration for the phone that was not found. */
  public void startRegistration() {
    buyer.startRegistration();
  }

  public void cancelRegistration() {
    buyer.cancelRegistration();
  }

  /**
   * Registers the customer and selects them for this sale. A phone registered meanwhile (by a
   * colleague, say) is refused by the customers module naming the existing card: that customer is
   * selected instead, with a message saying so.
   */
  public void registerCustomer() {
    FacesContext faces = FacesContext.getCurrentInstance();
    CustomerCard card;
    try {
      card = customers.register(buyer.newCustomer());
    } catch (RuntimeException e) {
      if (e instanceof RuleViolationException taken
          && taken.kind() == RuleViolationException.Kind.CONFLICT
          && taken.details().get("id") instanceof Number existing) {
        select(customers.get(existing.longValue()));
        faces.addMessage(
            null,
            new FacesMessage(
                FacesMessage.SEVERITY_WARN,
                texts.fromBundle(
                    SalesMenu.BUNDLE, "checkout.alreadyRegistered", buyer.getCustomer().name()),
                null));
        return;
      }
      errors.show(e, "counterForm:registration", CUSTOMERS_BUNDLE);
      return;
    }
    select(card);
    faces.addMessage(
        null,
        new FacesMessage(texts.fromBundle(SalesMenu.BUNDLE, "checkout.registered", card.name())));
  }

  private void select(CustomerCard card) {
    buyer.select(card);
    refreshAdvice();
  }

  /** Adds the product when the text names exactly one (or is its SKU); else lists candidates. */
  public void searchProduct() {
    switch (basket.search(catalogue)) {
      case ADDED -> refreshAdvice();
      case NOTHING ->
          FacesContext.getCurrentInstance()
              .addMessage(
                  "counterForm:productQuery",
                  new FacesMessage(
                      FacesMessage.SEVERITY_WARN,
                      texts.fromBundle(SalesMenu.BUNDLE, "checkout.noProduct"),
                      null));
      default -> {}
    }
  }

  public void addCandidate(long productId) {
    if (basket.addCandidate(productId)) {
      refreshAdvice();
    }
  }

  public void remove(int index) {
    basket.remove(index);
    refreshAdvice();
  }

  /**
   * Asks the advisors again for the basket as it is now; earlier answers stay, shown as the order
   * will record them ({@link CounterChecklist#suggested}).
   */
  public void refreshAdvice() {
    if (basket.isEmpty()) {
      checklist.none();
      return;
    }
    try {
      checklist.suggested(
          checkout.advice(buyer.customerId(), basket.inputs()), basket.productIds());
    } catch (RuntimeException e) {
      errors.show(e, "counterForm", SalesMenu.BUNDLE);
    }
  }

  /**
   * The consultant answered a suggestion: an accepted catalogue product goes into the basket (once;
   * while its line is there the answer stays accepted, and removing the line makes it offered).
   */
  public void answered(Suggestion suggestion) {
    if (checklist.answer(suggestion) != ChecklistOutcome.ACCEPTED
        || suggestion.productId() == null
        || basket.contains(suggestion.productId())) {
      return;
    }
    try {
      basket.add(catalogue.get(suggestion.productId()));
    } catch (RuntimeException e) {
      errors.show(e, "counterForm", SalesMenu.BUNDLE);
      return;
    }
    refreshAdvice();
  }

  /**
   * Completes the sale. With {@code storecrm.sales.checkout.confirm-unanswered} on, a basket whose
   * checklist has unanswered entries is not sold yet: the consultant sees them listed and either
   * answers them or confirms that they were not offered ({@link #confirmNotOffered}).
   */
  public void submit() {
    checklist.answerThem();
    if (!basket.isEmpty() && settings.confirmUnanswered() && checklist.holdsUnanswered()) {
      return;
    }
    complete();
  }

  /** The consultant confirms that the unanswered entries were not offered: sold, so recorded. */
  public void confirmNotOffered() {
    checklist.confirmNotOffered();
    complete();
  }

  /** Back to the checklist to answer the entries. */
  public void answerThem() {
    checklist.answerThem();
  }

  /** The basket line (from 1) holding a suggestion's product, 0 when none does. */
  public int basketLine(Suggestion suggestion) {
    return basket.lineOf(suggestion);
  }

  /**
   * The link to a main product's printable tick-box checklist ({@code
   * storecrm.sales.checkout.checklist-sheet}, given {@code productId}), or null when the product
   * has no accessory suggestions or no sheet is configured.
   */
  public String checklistSheet(ProductView product) {
    return checklist.sheet(settings.checklistSheetView(), product);
  }

  private void complete() {
    if (basket.isEmpty()) {
      FacesContext.getCurrentInstance()
          .addMessage(
              null,
              new FacesMessage(
                  FacesMessage.SEVERITY_ERROR,
                  texts.fromBundle(SalesMenu.BUNDLE, "checkout.empty"),
                  null));
      return;
    }
    Submission submission;
    try {
      submission =
          checkout.submit(
              new NewOrder(
                  buyer.customerId(),
                  basket.inputs(),
                  checklist.answered(),
                  paying.getPayment(),
                  paying.getAccountId(),
                  paying.getDeposit(),
                  null,
                  null,
                  paying.approval()),
              formToken);
    } catch (RuntimeException e) {
      errors.show(e, "counterForm", SalesMenu.BUNDLE, basket::lineInput);
      return;
    }
    // Sold: the counter stays (no page load) and starts the next sale; the receipt is one click.
    completedSale = submission.order().id();
    startNextSale();
    FacesContext.getCurrentInstance()
        .addMessage(
            null,
            new FacesMessage(
                texts.fromBundle(SalesMenu.BUNDLE, "checkout.sold", submission.order().id())));
  }

  /** An empty counter with a new idempotency key, for the next customer. */
  private void startNextSale() {
    formToken = UUID.randomUUID().toString();
    buyer.clear();
    basket.clear();
    checklist.clear();
    paying.clear();
  }

  /** The order the counter completed last (its receipt is a link on the counter), or null. */
  public Long getCompletedSale() {
    return completedSale;
  }

  public CounterBuyer getBuyer() {
    return buyer;
  }

  public CounterBasket getBasket() {
    return basket;
  }

  public CounterChecklist getChecklist() {
    return checklist;
  }

  public CounterPayment getPaying() {
    return paying;
  }
}
