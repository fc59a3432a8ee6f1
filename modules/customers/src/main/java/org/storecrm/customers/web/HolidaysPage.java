package org.storecrm.customers.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import org.storecrm.customers.Holiday;
import org.storecrm.customers.HolidayEntry;
import org.storecrm.customers.Holidays;
import org.storecrm.platform.web.api.FormErrors;
import org.storecrm.platform.web.api.PagedModel;
import org.storecrm.platform.web.api.Texts;

/**
 * The holiday table (issue 15): everyone on the customers side reads it, the administrator adds,
 * changes and removes dates. Selecting a row loads it into the form for a change.
 */
@Named
@ViewScoped
public class HolidaysPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient Holidays holidays;
  @Inject transient FormErrors errors;
  @Inject transient Texts texts;
  @Inject transient Clock clock;

  private Integer year;
  private PagedModel<Holiday> model;
  private Holiday selected;
  private String nameKey;
  private LocalDate date;

  @PostConstruct
  void init() {
    year = LocalDate.now(clock).getYear();
    model = model();
  }

  private PagedModel<Holiday> model() {
    Integer shown = year;
    return new PagedModel<>("date", (page, filters) -> holidays.list(shown, page), Holiday::id);
  }

  public void filter() {
    selected = null;
    model = model();
  }

  /** A row was selected: its name and date go into the form. */
  public void edit() {
    if (selected != null) {
      nameKey = selected.nameKey();
      date = selected.date();
    }
  }

  public void add() {
    try {
      holidays.add(new HolidayEntry(nameKey, date, null));
    } catch (RuntimeException e) {
      errors.showInForm(e, "holidaysForm", CustomersMenu.BUNDLE);
      return;
    }
    done("holidays.added");
  }

  public void save() {
    if (selected == null) {
      warn();
      return;
    }
    try {
      holidays.change(selected.id(), new HolidayEntry(nameKey, date, selected.version()));
    } catch (RuntimeException e) {
      errors.showInForm(e, "holidaysForm", CustomersMenu.BUNDLE);
      return;
    }
    done("holidays.saved");
  }

  public void remove() {
    if (selected == null) {
      warn();
      return;
    }
    try {
      holidays.remove(selected.id());
    } catch (RuntimeException e) {
      errors.showInForm(e, "holidaysForm", CustomersMenu.BUNDLE);
      return;
    }
    done("holidays.removed");
  }

  private void warn() {
    FacesContext.getCurrentInstance()
        .addMessage(
            "holidaysForm",
            new FacesMessage(
                FacesMessage.SEVERITY_WARN,
                texts.fromBundle(CustomersMenu.BUNDLE, "holidays.selectOne"),
                null));
  }

  private void done(String key) {
    selected = null;
    nameKey = null;
    date = null;
    model = model();
    FacesContext.getCurrentInstance()
        .addMessage("holidaysForm", new FacesMessage(texts.fromBundle(CustomersMenu.BUNDLE, key)));
  }

  /** The holiday's name in the view's language; the key itself for one the bundles lack. */
  public String name(String key) {
    String name = texts.fromBundle(CustomersMenu.BUNDLE, "holiday." + key);
    return name.equals("holiday." + key) ? key : name;
  }

  public PagedModel<Holiday> getHolidays() {
    return model;
  }

  public Integer getYear() {
    return year;
  }

  public void setYear(Integer year) {
    this.year = year;
  }

  public Holiday getSelected() {
    return selected;
  }

  public void setSelected(Holiday selected) {
    this.selected = selected;
  }

  public String getNameKey() {
    return nameKey;
  }

  public void setNameKey(String nameKey) {
    this.nameKey = nameKey;
  }

  public LocalDate getDate() {
    return date;
  }

  public void setDate(LocalDate date) {
    this.date = date;
  }
}
