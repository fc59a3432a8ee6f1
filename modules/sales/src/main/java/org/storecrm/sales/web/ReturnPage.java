package org.storecrm.sales.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storecrm.platform.web.api.FormErrors;
import org.storecrm.platform.web.api.Texts;
import org.storecrm.sales.Checkout;
import org.storecrm.sales.OrderLineView;
import org.storecrm.sales.OrderView;
import org.storecrm.sales.ReturnRequest;

/**
 * Goods brought back to the counter ({@code ?id=} the order): how many of each line, and why. The
 * return itself is {@link Checkout#returnItems} (the API's), so stock, refunds, commission and the
 * role and store checks are the service's. A one-time token is the return's idempotency key, as on
 * the counter; it is also posted with the form, so that a form sent twice (a double click, a
 * browser's resend) repeats its own key and returns once, even after the first send renewed it.
 */
@Named
@ViewScoped
public class ReturnPage implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Pattern LINE_FIELD = Pattern.compile("lines\\[(\\d+)]\\.(\\w+)");

  @Inject transient Checkout checkout;
  @Inject transient FormErrors errors;
  @Inject transient Texts texts;

  /** One line of the order with the quantity to take back now (0: none). */
  public static class Row implements Serializable {
    private static final long serialVersionUID = 1L;
    private final OrderLineView line;
    private int quantity;

    Row(OrderLineView line) {
      this.line = line;
    }

    public OrderLineView getLine() {
      return line;
    }

    /** Sold minus already returned. */
    public int getReturnable() {
      return line.quantity() - line.returnedQuantity();
    }

    public int getQuantity() {
      return quantity;
    }

    public void setQuantity(int quantity) {
      this.quantity = quantity;
    }
  }

  private Long id;
  private OrderView order;
  private List<Row> rows = List.of();
  private String reason;
  private String formToken;
  private boolean returned;

  public void load() {
    show(checkout.get(id));
    formToken = UUID.randomUUID().toString();
  }

  private void show(OrderView view) {
    order = view;
    rows = view.lines().stream().map(Row::new).toList();
  }

  public void submit() {
    List<ReturnRequest.Line> wanted = new ArrayList<>();
    List<Integer> rowOfLine = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      Row row = rows.get(i);
      if (row.quantity > 0) {
        wanted.add(new ReturnRequest.Line(row.line.id(), row.quantity));
        rowOfLine.add(i);
      }
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    if (wanted.isEmpty()) {
      faces.validationFailed();
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_ERROR,
              texts.fromBundle(SalesMenu.BUNDLE, "return.nothing"),
              null));
      return;
    }
    OrderView after;
    try {
      after =
          checkout.returnItems(
              order.id(),
              new ReturnRequest(wanted, reason == null || reason.isBlank() ? null : reason.trim()),
              formToken);
    } catch (RuntimeException e) {
      errors.show(e, "returnForm", SalesMenu.BUNDLE, field -> rowInput(field, rowOfLine));
      return;
    }
    show(after);
    reason = null;
    returned = true;
    formToken = UUID.randomUUID().toString();
    faces.addMessage(
        null,
        new FacesMessage(
            texts.fromBundle(SalesMenu.BUNDLE, "return.done", after.returnedAmount())));
  }

  /**
   * The quantity input of a request line's field ({@code lines[i].quantity}): the request holds
   * only the lines with a quantity, so {@code i} is mapped to its row.
   */
  private static String rowInput(String field, List<Integer> rowOfLine) {
    Matcher line = LINE_FIELD.matcher(field);
    if (!line.matches() || Integer.parseInt(line.group(1)) >= rowOfLine.size()) {
      return null;
    }
    return "returnForm:lines:" + rowOfLine.get(Integer.parseInt(line.group(1))) + ":quantity";
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public OrderView getOrder() {
    return order;
  }

  public List<Row> getRows() {
    return rows;
  }

  /** Whether this screen has recorded a return (the result is shown). */
  public boolean isReturned() {
    return returned;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getFormToken() {
    return formToken;
  }

  /** The token the posted form was rendered with (see the class comment). */
  public void setFormToken(String formToken) {
    if (formToken != null && !formToken.isBlank()) {
      this.formToken = formToken;
    }
  }
}
