package org.storecrm.it.screens;

import org.storecrm.it.Browser;

/**
 * A page object: one screen's client ids (a JSF id such as {@code counterForm:lines}, written in
 * this package and nowhere else in the tests) and what a person does on it. A screen's class names
 * each element it tests once, as a method answering an {@link Element}; rows of a table take their
 * index. To cover a new element, add a method to the screen's class; for a new screen, a new class
 * extending this one.
 */
public abstract class Screen {
  protected final Browser browser;

  protected Screen(Browser browser) {
    this.browser = browser;
  }

  /** The element with this client id on the current page. */
  protected Element at(String id) {
    return new Element(browser, id);
  }
}
