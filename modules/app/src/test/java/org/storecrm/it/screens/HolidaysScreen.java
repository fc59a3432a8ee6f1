package org.storecrm.it.screens;

import org.storecrm.it.Browser;

/** The holiday table of the greetings (admin). Page: {@code customers/holidays.xhtml}. */
public final class HolidaysScreen extends Screen {
  public HolidaysScreen(Browser browser) {
    super(browser);
  }

  public Element add() {
    return at("holidaysForm:add");
  }

  public Element date() {
    return at("holidaysForm:date");
  }

  public Element holidays() {
    return at("holidaysForm:holidays");
  }

  public Element messages() {
    return at("holidaysForm:messages");
  }

  public Element nameKey() {
    return at("holidaysForm:nameKey");
  }

  public Element remove() {
    return at("holidaysForm:remove");
  }

  /** The year's input (the visible one of the number input). */
  public Element year() {
    return at("holidaysForm:year_input");
  }

  /** Selects the holiday of a row (from 0) by clicking its second cell. */
  public void selectHoliday(int row) {
    browser.script(
        "document.querySelector(\"[id='holidaysForm:holidays_data'] tr[data-ri='"
            + row
            + "'] td:nth-child(2)\").click()");
  }
}
