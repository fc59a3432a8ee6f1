package org.storecrm.it.screens;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.openqa.selenium.WebElement;
import org.storecrm.it.Browser;

/**
 * One element of a screen, by its client id: what a test does with it, through the {@link Browser}
 * helper (whose waits every action keeps: it waits for the element, finds it again after an Ajax
 * update, and reports the page when a text never appears).
 */
public final class Element {
  private final Browser browser;
  private final String id;

  Element(Browser browser, String id) {
    this.browser = browser;
    this.id = id;
  }

  /** The client id, for what takes one (a form post, a script, a focus check). */
  public String id() {
    return id;
  }

  public void click() {
    browser.click(id);
  }

  /** Clicks the label of a PrimeFaces radio button or check box (the input itself is hidden). */
  public void clickLabel() {
    browser.clickLabel(id);
  }

  public void type(String text) {
    browser.type(id, text);
  }

  /** Replaces the value as a person does (select all, type over it). */
  public void retype(String text) {
    browser.retype(id, text);
  }

  /** Keys pressed into the focused element, once the focus is on this one. */
  public void keys(CharSequence... keys) {
    browser.keys(id, keys);
  }

  /** Presses Tab until the focus is on this element. */
  public void tabTo() {
    browser.tabTo(id);
  }

  /** Picks an option of a select menu by its label. */
  public void select(String label) {
    browser.select(id, label);
  }

  /** Clicks the button of a select-one-button that shows this label. */
  public void choose(String label) {
    browser.choose(id, label);
  }

  public void upload(Path file) {
    browser.upload(id, file);
  }

  /** Opens a collapsed fieldset. */
  public void expand() {
    browser.expand(id);
  }

  public void pickDateTime(LocalDateTime at) {
    browser.pickDateTime(id, at);
  }

  /** Draws a stroke on the canvas inside (a signature). */
  public void draw() {
    browser.draw(id);
  }

  public WebElement waitFor() {
    return browser.waitFor(id);
  }

  public String text() {
    return browser.text(id);
  }

  /** Waits until the element shows the text. */
  public void awaitText(String text) {
    browser.awaitText(id, text);
  }

  /** Waits until the element no longer shows the text. */
  public void awaitAbsentText(String text) {
    browser.awaitAbsentText(id, text);
  }

  public String attribute(String name) {
    return browser.attribute(id, name);
  }

  /** Whether it is shown now (no waiting). */
  public boolean displayed() {
    return browser.displayed(id);
  }

  /** Whether it is on the page now (no waiting). */
  public boolean present() {
    return browser.present(id);
  }

  /** The addresses of the links inside, in page order. */
  public List<String> links() {
    return browser.links(id);
  }

  @Override
  public String toString() {
    return "#" + id;
  }
}
