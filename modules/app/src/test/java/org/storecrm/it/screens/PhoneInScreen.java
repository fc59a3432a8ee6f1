package org.storecrm.it.screens;

import org.storecrm.it.Browser;

/** The phone-in register with its checklist. Page: {@code customers/phone-in.xhtml}. */
public final class PhoneInScreen extends Screen {
  public PhoneInScreen(Browser browser) {
    super(browser);
  }

  public Element callerName() {
    return at("phoneInForm:callerName");
  }

  public Element callerPhone() {
    return at("phoneInForm:callerPhone");
  }

  public Element messages() {
    return at("phoneInForm:messages");
  }

  public Element outcome() {
    return at("phoneInForm:outcome");
  }

  public Element purpose() {
    return at("phoneInForm:purpose");
  }

  public Element save() {
    return at("phoneInForm:save");
  }

  /** A step of the checklist (from 0), a check box ({@link Element#clickLabel}). */
  public Element step(int step) {
    return at("phoneInForm:steps:" + step);
  }

  /** Ticks "cannot answer now" (its box; the input itself is hidden). */
  public void tickCannotAnswerNow() {
    browser.script(
        "document.querySelector(\"[id='phoneInForm:cannotAnswerNow'] .ui-chkbox-box\").click()");
  }
}
