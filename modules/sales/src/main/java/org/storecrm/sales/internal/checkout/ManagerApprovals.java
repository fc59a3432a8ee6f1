package org.storecrm.sales.internal.checkout;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import java.util.Optional;
import org.storecrm.platform.Role;
import org.storecrm.platform.StaffDirectory;
import org.storecrm.platform.UserView;
import org.storecrm.sales.ManagerApproval;

/**
 * Checks a manager's approval given on the spot: their password is verified by the application's
 * own identity store (through Jakarta Security, as at login), and they must be a manager of the
 * sale's store or a head-office administrator.
 */
@ApplicationScoped
public class ManagerApprovals {
  @Inject IdentityStoreHandler identityStores;
  @Inject StaffDirectory staff;

  /** The approver's username when the approval is valid for that store. */
  Optional<String> verify(ManagerApproval approval, long storeId) {
    CredentialValidationResult result =
        identityStores.validate(
            new UsernamePasswordCredential(approval.username(), approval.password()));
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      return Optional.empty();
    }
    boolean admin = result.getCallerGroups().contains(Role.ADMIN.name());
    boolean manager = result.getCallerGroups().contains(Role.MANAGER.name());
    if (admin) {
      return Optional.of(approval.username());
    }
    if (!manager) {
      return Optional.empty();
    }
    return staff
        .findByUsername(approval.username())
        .filter(UserView::active)
        .filter(view -> view.storeId() != null && view.storeId() == storeId)
        .map(UserView::username);
  }
}
