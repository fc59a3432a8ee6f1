package org.storecrm.sales.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storecrm.customers.CustomerCard;
import org.storecrm.customers.CustomerDirectory;
import org.storecrm.customers.CustomerSummary;
import org.storecrm.customers.CustomerType;
import org.storecrm.customers.Gender;
import org.storecrm.customers.NewCustomer;
import org.storecrm.customers.RegionType;
import org.storecrm.customers.SourceChannel;
import org.storecrm.platform.PageRequest;
import org.storecrm.platform.RuleViolationException;
import org.storecrm.platform.web.api.FormErrors;
import org.storecrm.platform.web.api.Texts;
import org.storecrm.sales.Catalogue;
import org.storecrm.sales.Category;
import org.storecrm.sales.ChecklistAnswer;
import org.storecrm.sales.ChecklistOutcome;
import org.storecrm.sales.Checkout;
import org.storecrm.sales.ManagerApproval;
import org.storecrm.sales.NewOrder;
import org.storecrm.sales.OrderLineInput;
import org.storecrm.sales.Payment;
import org.storecrm.sales.ProductFilter;
import org.storecrm.sales.ProductView;
import org.storecrm.sales.Submission;
import org.storecrm.sales.Suggestion;
import org.storecrm.sales.SuggestionKind;
import org.storecrm.sales.internal.SalesSettings;

/**
 * The counter screen: the customer found by phone (registered in place when not found, through the
 * customers module, so the basket stays; or a walk-in sold anonymously), products added by SKU or
 * search, quantities and discounts, the advisors' checklist answered line by line, the payment. A
 * one-time token (the order's idempotency key) makes a double submit one order.
 */
@Named
@ViewScoped
public class CounterPage implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final int CANDIDATES = 8;
  private static final String SERIAL_SEPARATORS = "[,;\\s]+";
  // A refusal's field in the order request, e.g. lines[1].serial.
  private static final Pattern LINE_FIELD = Pattern.compile("lines\\[(\\d+)]\\.(\\w+)");
  // The customers module's texts: its refusals (a malformed phone, say) come with its keys.
  private static final String CUSTOMERS_BUNDLE = "org.storecrm.customers.messages";

  @Inject transient Checkout checkout;
  @Inject transient Catalogue catalogue;
  @Inject transient CustomerDirectory customers;
  @Inject transient FormErrors errors;
  @Inject transient Texts texts;
  @Inject transient SalesSettings settings;

  /** One line of the basket as the screen edits it. */
  public static class Line implements Serializable {
    private static final long serialVersionUID = 1L;
    private final ProductView product;
    private int quantity = 1;
    private BigDecimal discount;
    private String serial;

    Line(ProductView product) {
      this.product = product;
    }

    public ProductView getProduct() {
      return product;
    }

    public int getQuantity() {
      return quantity;
    }

    public void setQuantity(int quantity) {
      this.quantity = quantity;
    }

    public BigDecimal getDiscount() {
      return discount;
    }

    public void setDiscount(BigDecimal discount) {
      this.discount = discount;
    }

    /** The serial(s) typed for the line, several separated by commas or spaces. */
    public String getSerial() {
      return serial;
    }

    public void setSerial(String serial) {
      this.serial = serial;
    }

    /** A device line names what it sells; a service line names the device(s) it covers. */
    public boolean isSerialBearing() {
      return product.category() != null
          && (product.category().isMainProduct() || product.category() == Category.SERVICE);
    }

    List<String> serials() {
      if (serial == null || serial.isBlank()) {
        return List.of();
      }
      return Arrays.stream(serial.strip().split(SERIAL_SEPARATORS))
          .filter(s -> !s.isBlank())
          .toList();
    }

    /** The line's amount as the screen estimates it; the order's own figures are authoritative. */
    public BigDecimal getAmount() {
      BigDecimal gross = product.price().multiply(BigDecimal.valueOf(Math.max(quantity, 0)));
      return discount == null ? gross : gross.subtract(discount);
    }
  }

  private String phone;
  private CustomerSummary customer;
  private boolean customerSearched;
  private boolean registering;
  private String newName;
  private String newPhone;
  private Gender newGender;
  private boolean newConsent;
  private SourceChannel newSource = SourceChannel.WALK_IN;
  private String productQuery;
  private List<ProductView> candidates = List.of();
  private final List<Line> lines = new ArrayList<>();
  private List<Suggestion> suggestions = List.of();
  private List<Suggestion> unanswered = List.of();

  /** The answers by suggestion code, as outcome names (the radio buttons post plain strings). */
  private final Map<String, String> answers = new LinkedHashMap<>();

  private Payment payment = Payment.CASH;
  private Long accountId;
  private BigDecimal deposit;
  private String approver;
  private String approverPassword;
  private String formToken;
  private Long completedSale;

  @PostConstruct
  void init() {
    formToken = UUID.randomUUID().toString();
  }

  public void findCustomer() {
    customer = null;
    customerSearched = true;
    registering = false;
    String digits = phone == null ? "" : phone.replaceAll("[^0-9]", "");
    if (digits.isEmpty()) {
      return;
    }
    customer =
        customers.find(digits, PageRequest.first(5)).items().stream()
            .filter(found -> found.phone().replaceAll("[^0-9]", "").equals(digits))
            .findFirst()
            .orElse(null);
    refreshAdvice();
  }

  public void sellAnonymously() {
    customer = null;
    customerSearched = false;
    registering = false;
    phone = null;
    refreshAdvice();
  }

  /** Opens the in-place registration for the phone that was not found. */
  public void startRegistration() {
    registering = true;
    newName = null;
    newPhone = phone;
    newGender = null;
    newConsent = false;
    newSource = SourceChannel.WALK_IN;
  }

  public void cancelRegistration() {
    registering = false;
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
      card =
          customers.register(
              NewCustomer.builder(
                      newName, newPhone, CustomerType.PERSON, newSource, RegionType.CITY)
                  .marketingConsent(newConsent)
                  .gender(newGender)
                  .build());
    } catch (RuntimeException e) {
      if (e instanceof RuleViolationException taken
          && taken.kind() == RuleViolationException.Kind.CONFLICT
          && taken.details().get("id") instanceof Number existing) {
        select(customers.get(existing.longValue()));
        faces.addMessage(
            null,
            new FacesMessage(
                FacesMessage.SEVERITY_WARN,
                texts.fromBundle(SalesMenu.BUNDLE, "checkout.alreadyRegistered", customer.name()),
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
    customer =
        new CustomerSummary(
            card.id(),
            card.name(),
            card.phone(),
            card.classification(),
            card.grade(),
            card.consultantId(),
            card.nextFollowUpDue(),
            card.lastContactAt(),
            card.tier());
    phone = newPhone;
    customerSearched = true;
    registering = false;
    refreshAdvice();
  }

  /** Adds the product when the text names exactly one (or is its SKU); else lists candidates. */
  public void searchProduct() {
    candidates = List.of();
    if (productQuery == null || productQuery.isBlank()) {
      return;
    }
    List<ProductView> found =
        catalogue
            .find(
                new ProductFilter(null, productQuery, false),
                new PageRequest(0, CANDIDATES, Catalogue.RELEVANCE, true))
            .items();
    ProductView exact =
        found.stream()
            .filter(p -> p.sku().equalsIgnoreCase(productQuery.trim()))
            .findFirst()
            .orElse(found.size() == 1 ? found.get(0) : null);
    if (exact != null) {
      add(exact);
    } else if (found.isEmpty()) {
      FacesContext.getCurrentInstance()
          .addMessage(
              "counterForm:productQuery",
              new FacesMessage(
                  FacesMessage.SEVERITY_WARN,
                  texts.fromBundle(SalesMenu.BUNDLE, "checkout.noProduct"),
                  null));
    } else {
      candidates = found;
    }
  }

  public void addCandidate(long productId) {
    candidates.stream().filter(p -> p.id() == productId).findFirst().ifPresent(this::add);
  }

  private void add(ProductView product) {
    lines.stream()
        .filter(l -> l.product.id() == product.id())
        .findFirst()
        .ifPresentOrElse(l -> l.quantity++, () -> lines.add(new Line(product)));
    candidates = List.of();
    productQuery = null;
    refreshAdvice();
  }

  public void remove(int index) {
    if (index >= 0 && index < lines.size()) {
      lines.remove(index);
    }
    refreshAdvice();
  }

  /**
   * Asks the advisors again for the basket as it is now; earlier answers stay, shown as the order
   * will record them ({@link ChecklistOutcome#recorded}): a suggested product already in the basket
   * is accepted (linked to its line, not offered a second time), an accepted one no longer in it
   * only offered.
   */
  public void refreshAdvice() {
    if (lines.isEmpty()) {
      suggestions = List.of();
      return;
    }
    try {
      suggestions = checkout.advice(customer == null ? null : customer.id(), inputs());
    } catch (RuntimeException e) {
      errors.show(e, "counterForm", SalesMenu.BUNDLE);
      return;
    }
    List<Long> inBasket = lines.stream().map(l -> l.product.id()).toList();
    for (Suggestion suggestion : suggestions) {
      String given = answers.get(suggestion.code());
      ChecklistOutcome answer =
          given == null || given.isBlank() ? null : ChecklistOutcome.valueOf(given);
      ChecklistOutcome shown = ChecklistOutcome.recorded(suggestion, answer, inBasket);
      if (answer != null || shown == ChecklistOutcome.ACCEPTED) {
        answers.put(suggestion.code(), shown.name());
      }
    }
  }

  /** The basket line (from 1) holding a suggestion's product, 0 when none does. */
  public int basketLine(Suggestion suggestion) {
    for (int i = 0; i < lines.size(); i++) {
      if (suggestion.productId() != null && lines.get(i).product.id() == suggestion.productId()) {
        return i + 1;
      }
    }
    return 0;
  }

  /**
   * The consultant answered a suggestion: an accepted catalogue product goes into the basket (once;
   * while its line is there the answer stays accepted, and removing the line makes it offered).
   */
  public void answered(Suggestion suggestion) {
    if (!ChecklistOutcome.ACCEPTED.name().equals(answers.get(suggestion.code()))
        || suggestion.productId() == null
        || lines.stream().anyMatch(l -> l.product.id() == suggestion.productId())) {
      return;
    }
    try {
      add(catalogue.get(suggestion.productId()));
    } catch (RuntimeException e) {
      errors.show(e, "counterForm", SalesMenu.BUNDLE);
    }
  }

  /**
   * Completes the sale. With {@code storecrm.sales.checkout.confirm-unanswered} on, a basket whose
   * checklist has unanswered entries is not sold yet: the consultant sees them listed and either
   * answers them or confirms that they were not offered ({@link #confirmNotOffered}).
   */
  public void submit() {
    unanswered = List.of();
    if (!lines.isEmpty() && settings.confirmUnanswered()) {
      List<Suggestion> open =
          suggestions.stream()
              .filter(s -> answers.get(s.code()) == null || answers.get(s.code()).isBlank())
              .toList();
      if (!open.isEmpty()) {
        unanswered = open;
        return;
      }
    }
    complete();
  }

  /** The consultant confirms that the unanswered entries were not offered: sold, so recorded. */
  public void confirmNotOffered() {
    for (Suggestion suggestion : unanswered) {
      String answer = answers.get(suggestion.code());
      if (answer == null || answer.isBlank()) {
        answers.put(suggestion.code(), ChecklistOutcome.NOT_OFFERED.name());
      }
    }
    unanswered = List.of();
    complete();
  }

  /** Back to the checklist to answer the entries. */
  public void answerThem() {
    unanswered = List.of();
  }

  /** The checklist entries left unanswered at the last submit (the confirmation lists them). */
  public List<Suggestion> getUnanswered() {
    return unanswered;
  }

  /**
   * The link to a main product's printable tick-box checklist ({@code
   * storecrm.sales.checkout.checklist-sheet}, given {@code productId}), or null when the product
   * has no accessory suggestions or no sheet is configured.
   */
  public String checklistSheet(ProductView product) {
    String view = settings.checklistSheetView();
    if (view.isBlank()
        || product == null
        || suggestions.stream()
            .noneMatch(
                s -> s.kind() == SuggestionKind.ACCESSORY && s.forProductId() == product.id())) {
      return null;
    }
    return view + "?productId=" + product.id();
  }

  private void complete() {
    if (lines.isEmpty()) {
      FacesContext.getCurrentInstance()
          .addMessage(
              null,
              new FacesMessage(
                  FacesMessage.SEVERITY_ERROR,
                  texts.fromBundle(SalesMenu.BUNDLE, "checkout.empty"),
                  null));
      return;
    }
    List<ChecklistAnswer> checklist = new ArrayList<>();
    for (Suggestion suggestion : suggestions) {
      String outcome = answers.get(suggestion.code());
      if (outcome != null && !outcome.isBlank()) {
        checklist.add(new ChecklistAnswer(suggestion.code(), ChecklistOutcome.valueOf(outcome)));
      }
    }
    ManagerApproval approval =
        approver == null || approver.isBlank()
            ? null
            : new ManagerApproval(approver, approverPassword == null ? "" : approverPassword);
    Submission submission;
    try {
      submission =
          checkout.submit(
              new NewOrder(
                  customer == null ? null : customer.id(),
                  inputs(),
                  checklist,
                  payment,
                  accountId,
                  deposit,
                  null,
                  null,
                  approval),
              formToken);
    } catch (RuntimeException e) {
      errors.show(e, "counterForm", SalesMenu.BUNDLE, this::lineInput);
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
    phone = null;
    customer = null;
    customerSearched = false;
    registering = false;
    productQuery = null;
    candidates = List.of();
    lines.clear();
    suggestions = List.of();
    unanswered = List.of();
    answers.clear();
    payment = Payment.CASH;
    accountId = null;
    deposit = null;
    approver = null;
    approverPassword = null;
  }

  /** The order the counter completed last (its receipt is a link on the counter), or null. */
  public Long getCompletedSale() {
    return completedSale;
  }

  private List<OrderLineInput> inputs() {
    return lines.stream()
        .map(
            l -> {
              List<String> serials = l.serials();
              return serials.isEmpty()
                  ? OrderLineInput.of(l.product.id(), l.quantity, null, l.discount)
                  : new OrderLineInput(
                      l.product.id(),
                      l.quantity,
                      null,
                      l.discount,
                      serials.get(0),
                      serials.subList(1, serials.size()));
            })
        .toList();
  }

  /**
   * The input of the basket row a refused field names: the serial field for the serial rules (and
   * for a plan refused for the devices in the basket, where the consultant acts), else the field's
   * own input in the row; null for a field outside the basket.
   */
  private String lineInput(String field) {
    Matcher line = field == null ? null : LINE_FIELD.matcher(field);
    if (line == null || !line.matches()) {
      return null;
    }
    int row = Integer.parseInt(line.group(1));
    if (row >= lines.size()) {
      return null;
    }
    String input =
        switch (line.group(2)) {
          case "quantity", "discount" -> line.group(2);
          default -> lines.get(row).isSerialBearing() ? "serial" : null;
        };
    return input == null ? null : "counterForm:lines:" + row + ":" + input;
  }

  /**
   * Whether the counter asks for serials: a service line (a plan) is in the basket, which names the
   * device it covers by serial, and that device's line names it too.
   */
  public boolean isSerialAsked() {
    return lines.stream().anyMatch(l -> l.product.category() == Category.SERVICE);
  }

  public BigDecimal getTotal() {
    return lines.stream().map(Line::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** The answer to one suggestion (null: not answered yet). */
  public Map<String, String> getAnswers() {
    return answers;
  }

  public ChecklistOutcome[] getOutcomes() {
    return new ChecklistOutcome[] {
      ChecklistOutcome.OFFERED, ChecklistOutcome.ACCEPTED, ChecklistOutcome.DECLINED
    };
  }

  public Payment[] getPayments() {
    return Payment.values();
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public CustomerSummary getCustomer() {
    return customer;
  }

  public boolean isCustomerSearched() {
    return customerSearched;
  }

  public boolean isRegistering() {
    return registering;
  }

  public String getNewName() {
    return newName;
  }

  public void setNewName(String newName) {
    this.newName = newName;
  }

  public String getNewPhone() {
    return newPhone;
  }

  public void setNewPhone(String newPhone) {
    this.newPhone = newPhone;
  }

  public Gender getNewGender() {
    return newGender;
  }

  public void setNewGender(Gender newGender) {
    this.newGender = newGender;
  }

  public boolean isNewConsent() {
    return newConsent;
  }

  public void setNewConsent(boolean newConsent) {
    this.newConsent = newConsent;
  }

  public SourceChannel getNewSource() {
    return newSource;
  }

  public void setNewSource(SourceChannel newSource) {
    this.newSource = newSource;
  }

  public Gender[] getGenders() {
    return Gender.values();
  }

  public SourceChannel[] getSources() {
    return SourceChannel.values();
  }

  public String getProductQuery() {
    return productQuery;
  }

  public void setProductQuery(String productQuery) {
    this.productQuery = productQuery;
  }

  public List<ProductView> getCandidates() {
    return candidates;
  }

  public List<Line> getLines() {
    return lines;
  }

  public List<Suggestion> getSuggestions() {
    return suggestions;
  }

  public Payment getPayment() {
    return payment;
  }

  public void setPayment(Payment payment) {
    this.payment = payment;
  }

  public Long getAccountId() {
    return accountId;
  }

  public void setAccountId(Long accountId) {
    this.accountId = accountId;
  }

  public BigDecimal getDeposit() {
    return deposit;
  }

  public void setDeposit(BigDecimal deposit) {
    this.deposit = deposit;
  }

  public String getApprover() {
    return approver;
  }

  public void setApprover(String approver) {
    this.approver = approver;
  }

  public String getApproverPassword() {
    return approverPassword;
  }

  public void setApproverPassword(String approverPassword) {
    this.approverPassword = approverPassword;
  }
}
