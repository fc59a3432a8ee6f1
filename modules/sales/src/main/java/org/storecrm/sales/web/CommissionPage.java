package org.storecrm.sales.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import org.storecrm.platform.CurrentUser;
import org.storecrm.platform.Role;
import org.storecrm.platform.web.api.FormErrors;
import org.storecrm.platform.web.api.Texts;
import org.storecrm.sales.CommissionStatement;
import org.storecrm.sales.Commissions;

/** A seller's own commission month to date; a manager also sees every seller of the store. */
@Named
@ViewScoped
public class CommissionPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient Commissions commissions;
  @Inject transient CurrentUser user;
  @Inject transient FormErrors errors;
  @Inject transient Texts texts;
  @Inject transient Clock clock;

  private String month;
  private CommissionStatement mine;
  private List<CommissionStatement> all = List.of();

  @PostConstruct
  void init() {
    month = YearMonth.now(clock).toString();
    show();
  }

  public void show() {
    MonthField.parse(month, "reportForm:month", texts)
        .ifPresent(
            m -> {
              try {
                mine = user.storeId().isPresent() ? commissions.mine(m) : null;
                all = isManager() ? commissions.store(m, null) : List.of();
              } catch (RuntimeException e) {
                errors.show(e, "reportForm", SalesMenu.BUNDLE);
              }
            });
  }

  public boolean isManager() {
    return user.hasRole(Role.MANAGER);
  }

  public CommissionStatement getMine() {
    return mine;
  }

  public List<CommissionStatement> getAll() {
    return all;
  }

  public String getMonth() {
    return month;
  }

  public void setMonth(String month) {
    this.month = month;
  }
}
