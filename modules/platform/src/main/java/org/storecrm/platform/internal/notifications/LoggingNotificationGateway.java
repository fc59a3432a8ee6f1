package org.storecrm.platform.internal.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.logging.Logger;
import org.storecrm.platform.NotificationGateway;

/**
 * The default gateway: writes each message to the server log (logger {@code
 * org.storecrm.notifications}), where operations can see what a real SMS or e-mail gateway would
 * have sent. A real gateway replaces it as a CDI alternative.
 */
@ApplicationScoped
public class LoggingNotificationGateway implements NotificationGateway {
  private static final Logger LOG = Logger.getLogger("org.storecrm.notifications");

  @Override
  public void send(String recipient, String text) {
    LOG.info(() -> "To " + recipient + ": " + text);
  }
}
