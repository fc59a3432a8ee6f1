package org.storecrm.platform.internal.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import org.storecrm.platform.LoginLock;
import org.storecrm.platform.LoginLocks;
import org.storecrm.platform.RecordNotFoundException;
import org.storecrm.platform.Roles;

/** The administrator's view of login locks. */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class LoginLockService implements LoginLocks {
  @Inject LoginThrottleStore store;
  @Inject Clock clock;

  @Override
  public List<LoginLock> current() {
    return store.locks(clock.instant());
  }

  @Override
  public void lift(String id) {
    if (id == null || !store.lift(id, clock.instant())) {
      throw new RecordNotFoundException("LoginLock", id);
    }
  }
}
