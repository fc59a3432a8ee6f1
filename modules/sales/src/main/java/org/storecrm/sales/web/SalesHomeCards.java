package org.storecrm.sales.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.storecrm.platform.CurrentUser;
import org.storecrm.platform.HomeCard;
import org.storecrm.platform.HomeCardContribution;
import org.storecrm.platform.Page;
import org.storecrm.platform.PageRequest;
import org.storecrm.platform.Role;
import org.storecrm.platform.web.api.Texts;
import org.storecrm.sales.Checkout;
import org.storecrm.sales.DailyActivityRow;
import org.storecrm.sales.OrderFilter;
import org.storecrm.sales.OrderSummary;
import org.storecrm.sales.SalesReports;

/**
 * Today's sales on the home page, on the chain's business day: a seller's own orders and net
 * revenue; for a store manager the store's, with the day's best sellers; for head office the number
 * of orders across the chain.
 */
@RequestScoped
public class SalesHomeCards implements HomeCardContribution {
  static final int TOP_SELLERS = 3;

  @Inject CurrentUser user;
  @Inject Checkout checkout;
  @Inject SalesReports reports;
  @Inject Clock clock;
  @Inject Texts texts;

  @Override
  public Set<Role> roles() {
    return Set.of(Role.CONSULTANT, Role.SERVICE, Role.ACCOUNT_MANAGER, Role.MANAGER, Role.ADMIN);
  }

  @Override
  public List<HomeCard> cards() {
    LocalDate today = LocalDate.now(clock);
    if (user.hasRole(Role.MANAGER)) {
      return List.of(storeToday(today));
    }
    Instant from = today.atStartOfDay(clock.getZone()).toInstant();
    Instant to = today.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
    if (user.hasRole(Role.ADMIN)) {
      long orders = checkout.find(new OrderFilter(from, to, null), PageRequest.first(1)).total();
      return List.of(card("card-sales-today", "home.salesToday.chain", orders, List.of()));
    }
    return List.of(ownToday(from, to));
  }

  /** The caller's orders of the day, read page by page (a seller's day is a few dozen at most). */
  private HomeCard ownToday(Instant from, Instant to) {
    OrderFilter mine = new OrderFilter(from, to, user.userId().orElseThrow());
    BigDecimal revenue = BigDecimal.ZERO;
    long orders = 0;
    Page<OrderSummary> page;
    int number = 0;
    do {
      page = checkout.find(mine, new PageRequest(number++, PageRequest.MAX_SIZE, null, true));
      orders = page.total();
      for (OrderSummary order : page.items()) {
        revenue = revenue.add(order.total()).subtract(nullToZero(order.returnedAmount()));
      }
    } while ((long) number * PageRequest.MAX_SIZE < page.total());
    return card(
        "card-sales-mine",
        "home.salesToday.mine",
        orders,
        List.of(texts.fromBundle(SalesMenu.BUNDLE, "home.salesToday.revenue", revenue)));
  }

  private HomeCard storeToday(LocalDate today) {
    List<DailyActivityRow> rows = reports.dailyActivity(today, null);
    long orders = rows.stream().mapToLong(DailyActivityRow::orders).sum();
    BigDecimal revenue =
        rows.stream().map(DailyActivityRow::revenue).reduce(BigDecimal.ZERO, BigDecimal::add);
    List<String> lines =
        java.util.stream.Stream.concat(
                java.util.stream.Stream.of(
                    texts.fromBundle(SalesMenu.BUNDLE, "home.salesToday.revenue", revenue)),
                rows.stream()
                    .filter(row -> row.orders() > 0)
                    .sorted(Comparator.comparing(DailyActivityRow::revenue).reversed())
                    .limit(TOP_SELLERS)
                    .map(
                        row ->
                            texts.fromBundle(
                                SalesMenu.BUNDLE,
                                "home.salesToday.seller",
                                row.consultantName(),
                                row.revenue())))
            .toList();
    return card("card-sales-today", "home.salesToday.store", orders, lines);
  }

  private static HomeCard card(String id, String title, long orders, List<String> lines) {
    return new HomeCard(
        id, SalesMenu.BUNDLE, title, 40, String.valueOf(orders), lines, "/sales/orders.xhtml");
  }

  private static BigDecimal nullToZero(BigDecimal amount) {
    return amount == null ? BigDecimal.ZERO : amount;
  }
}
