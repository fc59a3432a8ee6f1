package org.storecrm.platform.internal.staff;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import org.storecrm.platform.RuleViolationException;
import org.storecrm.platform.internal.PlatformSettings;

/** PBKDF2 hashing of staff passwords, with the strength and the policy from configuration. */
@ApplicationScoped
public class PasswordHashing {
  @Inject Pbkdf2PasswordHash hash;

  @Inject PlatformSettings settings;

  @PostConstruct
  void configure() {
    hash.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Iterations", String.valueOf(settings.pbkdf2Iterations()),
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "32"));
  }

  /** Hashes a password chosen by a person, after checking it against the policy. */
  public String hashChosenPassword(String password, String field) {
    int minimumLength = settings.passwordMinLength();
    if (password == null || password.length() < minimumLength) {
      throw RuleViolationException.refused(
          "error.password.tooShort",
          field,
          "The password needs at least " + minimumLength + " characters",
          Map.of("minimumLength", minimumLength));
    }
    return hash.generate(password.toCharArray());
  }

  /** Hashes without the policy: only for demo users, whose password is documented. */
  public String hashDemoPassword(String password) {
    return hash.generate(password.toCharArray());
  }

  boolean matches(String password, String storedHash) {
    return hash.verify(password.toCharArray(), storedHash);
  }
}
