package org.storecrm.platform.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Screen text for backing beans, in the view's language. Looks a key up in the platform bundle
 * unless another bundle is named; a missing key shows as itself, never as an error page.
 */
@RequestScoped
public class Texts {
  public static final String PLATFORM_BUNDLE = "org.storecrm.platform.messages";

  @Inject FacesContext faces;

  public Locale locale() {
    return faces.getViewRoot() == null
        ? faces.getExternalContext().getRequestLocale()
        : faces.getViewRoot().getLocale();
  }

  public String get(String key, Object... arguments) {
    return fromBundle(PLATFORM_BUNDLE, key, arguments);
  }

  /** A module's text: {@code bundle} is the base name of the module's message bundle. */
  public String fromBundle(String bundle, String key, Object... arguments) {
    return format(bundle, key, locale(), arguments);
  }

  /**
   * A module's text in a given language, outside a Faces request too (e.g. a stored notice read
   * over REST); the key itself when the bundle lacks it.
   */
  public static String format(String bundle, String key, Locale locale, Object... arguments) {
    try {
      String pattern =
          ResourceBundle.getBundle(bundle, locale, Thread.currentThread().getContextClassLoader())
              .getString(key);
      return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    } catch (MissingResourceException e) {
      return key;
    }
  }
}
