package org.storecrm.platform;

/**
 * Sends a text to a person outside StoreCRM's screens: an SMS to a phone, or an e-mail. The default
 * implementation writes the message to the server log; a real SMS or e-mail gateway is deployed as
 * a CDI alternative (configuration, outside this project).
 */
public interface NotificationGateway {
  /**
   * @param recipient a phone number or an e-mail address
   * @throws NotificationFailedException when the gateway did not take the message (the caller's
   *     outbox tries again later)
   */
  void send(String recipient, String text);

  /** The gateway did not take a message. */
  class NotificationFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NotificationFailedException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
