package org.storecrm.platform.web.api;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.util.function.Function;
import org.storecrm.platform.RecordNotFoundException;
import org.storecrm.platform.RuleViolationException;
import org.storecrm.platform.StaleRecordException;
import org.storecrm.platform.ValidationPaths;

/**
 * Shows a refused save on the screen it came from: each message next to its field (input ids are
 * the field names), in the view's language; anything else as a message on top. Returns normally
 * only for failures a person can act on; others are rethrown to the error page.
 */
@RequestScoped
public class FormErrors {
  private static final MessageInterpolator INTERPOLATOR =
      Validation.byDefaultProvider().configure().getDefaultMessageInterpolator();

  @Inject FacesContext faces;
  @Inject Texts texts;

  /**
   * @param form the id of the form whose inputs carry the field names
   * @param bundle the module bundle that holds the rule's message keys
   */
  public void show(RuntimeException failure, String form, String bundle) {
    show(failure, form, bundle, field -> null);
  }

  /**
   * As {@link #show(RuntimeException, String, String)}, for a page of several forms: a message that
   * names no field is keyed to the form ({@code <p:messages for="form" forType="key"/>}) instead of
   * the page, so that it shows once, in the form whose action failed.
   */
  public void showInForm(RuntimeException failure, String form, String bundle) {
    report(failure, form, bundle, field -> null, form);
  }

  /**
   * As {@link #show(RuntimeException, String, String)}, for a form with a table of inputs: {@code
   * rowInput} gives the client id of the input a field names (e.g. {@code lines[2].quantity} to
   * {@code form:lines:2:quantity}), or null for a field outside the table.
   */
  public void show(
      RuntimeException failure, String form, String bundle, Function<String, String> rowInput) {
    report(failure, form, bundle, rowInput, null);
  }

  /**
   * @param formLevelKey where a message that names no field goes: null for the page's messages
   */
  private void report(
      RuntimeException failure,
      String form,
      String bundle,
      Function<String, String> rowInput,
      String formLevelKey) {
    Throwable cause = failure;
    while (cause instanceof EJBException
        && !(cause instanceof EJBAccessException)
        && cause.getCause() != null) {
      cause = cause.getCause();
    }
    faces.validationFailed();
    if (cause instanceof ConstraintViolationException invalid) {
      for (ConstraintViolation<?> violation : invalid.getConstraintViolations()) {
        String field = ValidationPaths.fieldName(violation.getPropertyPath());
        addAt(form, field, interpolate(violation), rowInput, formLevelKey);
      }
    } else if (cause instanceof RuleViolationException refused) {
      String text =
          texts.fromBundle(bundle, refused.messageKey(), refused.details().values().toArray());
      addAt(
          form,
          refused.field(),
          text.equals(refused.messageKey()) ? refused.getMessage() : text,
          rowInput,
          formLevelKey);
    } else if (cause instanceof StaleRecordException || cause instanceof OptimisticLockException) {
      addAt(form, null, texts.get("error.stale"), rowInput, formLevelKey);
    } else if (cause instanceof RecordNotFoundException) {
      addAt(form, null, texts.get("error.notFound"), rowInput, formLevelKey);
    } else if (cause instanceof EJBAccessException || cause instanceof AccessLocalException) {
      addAt(form, null, texts.get("error.forbidden"), rowInput, formLevelKey);
    } else {
      throw failure;
    }
  }

  private void addAt(
      String form,
      String field,
      String text,
      Function<String, String> rowInput,
      String formLevelKey) {
    FacesMessage message = new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null);
    String clientId = field == null ? formLevelKey : rowInput.apply(field);
    if (field != null && clientId == null) {
      UIComponent input = faces.getViewRoot().findComponent(":" + form + ":" + field);
      clientId = input == null ? formLevelKey : input.getClientId(faces);
    }
    faces.addMessage(clientId, message);
  }

  private String interpolate(ConstraintViolation<?> violation) {
    return INTERPOLATOR.interpolate(
        violation.getMessageTemplate(),
        new MessageInterpolator.Context() {
          @Override
          public ConstraintDescriptor<?> getConstraintDescriptor() {
            return violation.getConstraintDescriptor();
          }

          @Override
          public Object getValidatedValue() {
            return violation.getInvalidValue();
          }

          @Override
          public <T> T unwrap(Class<T> type) {
            throw new jakarta.validation.ValidationException("not supported");
          }
        },
        texts.locale());
  }
}
