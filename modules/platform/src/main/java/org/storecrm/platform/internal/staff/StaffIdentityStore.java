package org.storecrm.platform.internal.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;

/** Validates staff logins against {@code plt_user}; inactive users cannot log in. */
@ApplicationScoped
public class StaffIdentityStore implements IdentityStore {
  @PersistenceContext EntityManager em;
  @Inject PasswordHashing passwords;

  /** Checked for unknown user names, so that they take as long as a wrong password. */
  private volatile String unknownUserHash;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential login)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    var account =
        em.createQuery(
                "select u from UserAccount u where u.username = :username and u.active = true",
                UserAccount.class)
            .setParameter("username", login.getCaller())
            .getResultStream()
            .findFirst();
    if (account.isEmpty()) {
      passwords.matches(login.getPasswordAsString(), unknownUserHash());
      return CredentialValidationResult.INVALID_RESULT;
    }
    return account
        .filter(user -> passwords.matches(login.getPasswordAsString(), user.getPasswordHash()))
        .map(
            user ->
                new CredentialValidationResult(user.getUsername(), Set.of(user.getRole().name())))
        .orElse(CredentialValidationResult.INVALID_RESULT);
  }

  private String unknownUserHash() {
    String hash = unknownUserHash;
    if (hash == null) {
      hash = passwords.hashDemoPassword("no user has this password");
      unknownUserHash = hash;
    }
    return hash;
  }
}
