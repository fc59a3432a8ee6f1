package org.storecrm.platform.web;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ResourceBundle;
import org.storecrm.platform.internal.PlatformSettings;
import org.storecrm.platform.rest.InputRules;

/**
 * The API's input rules on every screen field (a default validator, faces-config.xml): no control
 * or text-direction characters in texts, no implausible dates; the message is shown at the field.
 */
@FacesValidator(InputRulesValidator.ID)
public class InputRulesValidator implements Validator<Object> {
  public static final String ID = "storecrm.inputRules";

  @Override
  public void validate(FacesContext context, UIComponent component, Object value) {
    if (value instanceof CharSequence text) {
      int forbidden = InputRules.forbiddenCharacter(text);
      if (forbidden >= 0) {
        refuse(context, "input.forbiddenCharacter", String.format("U+%04X", forbidden));
      }
    }
    LocalDate day =
        value instanceof LocalDate date
            ? date
            : value instanceof LocalDateTime dateTime ? dateTime.toLocalDate() : null;
    if (day != null) {
      InputRules rules = CDI.current().select(PlatformSettings.class).get().inputRules();
      if (day.isBefore(rules.earliest()) || day.isAfter(rules.latest())) {
        refuse(
            context,
            "input.implausibleDate",
            rules.earliest().toString(),
            rules.latest().toString());
      }
    }
  }

  private static void refuse(FacesContext context, String key, String... arguments) {
    ResourceBundle texts = context.getApplication().getResourceBundle(context, "plt");
    String message = texts.getString(key);
    for (int i = 0; i < arguments.length; i++) {
      message = message.replace("{" + i + "}", arguments[i]);
    }
    throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
  }
}
