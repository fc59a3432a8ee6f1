package org.storecrm.it.screens;

import org.storecrm.it.Browser;

/**
 * {@code customers/register.xhtml}: Registering a customer (or finding the one with this phone).
 */
public final class RegisterCustomerScreen extends Screen {
  public RegisterCustomerScreen(Browser browser) {
    super(browser);
  }

  public Element city() {
    return at("registerForm:city");
  }

  public Element existing() {
    return at("registerForm:existing");
  }

  public Element found() {
    return at("registerForm:found");
  }

  public Element name() {
    return at("registerForm:name");
  }

  public Element nameMessage() {
    return at("registerForm:name_message");
  }

  public Element openCard() {
    return at("registerForm:openCard");
  }

  public Element phone() {
    return at("registerForm:phone");
  }

  public Element register() {
    return at("registerForm:register");
  }

  public Element registeredCard() {
    return at("registerForm:registeredCard");
  }

  public Element registeredCustomer() {
    return at("registerForm:registeredCustomer");
  }

  /** Types the phone and the name. */
  public void fillIn(String phone, String name) {
    phone().type(phone);
    name().type(name);
  }
}
