package org.storecrm.platform;

/**
 * A setting of config/microprofile-config.properties (or its override) that the application cannot
 * use. Thrown by a module's settings bean at start-up, so that the deployment stops with the key
 * and the bad value named, rather than the first page or sweep that needs it failing later.
 */
public class InvalidSettingException extends IllegalStateException {
  private final String key;

  public InvalidSettingException(String key, Object value, String rule) {
    this(key, value, rule, null);
  }

  public InvalidSettingException(String key, Object value, String rule, Throwable cause) {
    super("Invalid setting " + key + "=" + value + ": " + rule, cause);
    this.key = key;
  }

  /** Refuses {@code value} of {@code key} unless {@code holds}. */
  public static void require(boolean holds, String key, Object value, String rule) {
    if (!holds) {
      throw new InvalidSettingException(key, value, rule);
    }
  }

  public String key() {
    return key;
  }
}
