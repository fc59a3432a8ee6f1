package org.storecrm.platform.web;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.render.ResponseStateManager;
import java.util.Iterator;

/**
 * A post whose view state cannot be restored, whatever the reason (garbled, from another session,
 * evicted), is an expired view for the user: Mojarra fails some malformed view states with other
 * exceptions than {@link ViewExpiredException}, which would show the 500 page.
 */
public class UnrestorableViewExceptionHandlerFactory extends ExceptionHandlerFactory {
  public UnrestorableViewExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
    super(wrapped);
  }

  @Override
  public ExceptionHandler getExceptionHandler() {
    return new Handler(getWrapped().getExceptionHandler());
  }

  static final class Handler extends ExceptionHandlerWrapper {
    Handler(ExceptionHandler wrapped) {
      super(wrapped);
    }

    @Override
    public void handle() {
      FacesContext context = FacesContext.getCurrentInstance();
      if (context != null
          && context.getCurrentPhaseId() == PhaseId.RESTORE_VIEW
          && context
              .getExternalContext()
              .getRequestParameterMap()
              .containsKey(ResponseStateManager.VIEW_STATE_PARAM)) {
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
          Throwable failure = events.next().getContext().getException();
          if (!causedBy(failure, ViewExpiredException.class)) {
            events.remove();
            throw new FacesException(
                new ViewExpiredException(
                    "The posted view state could not be restored",
                    failure,
                    context.getExternalContext().getRequestServletPath()));
          }
        }
      }
      getWrapped().handle();
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
      for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
        if (type.isInstance(cause)) {
          return true;
        }
      }
      return false;
    }
  }
}
