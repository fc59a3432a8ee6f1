package org.storecrm.customers.internal.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.storecrm.platform.StaffDirectory;
import org.storecrm.platform.UserView;

/**
 * The names of staff that records keep by username (who recorded a contact or a loss), in two
 * lookups for a whole page or report; a member the caller may not see has no name.
 */
@ApplicationScoped
public class StaffNames {
  /** The most usernames one lookup takes (the directory's limit). */
  static final int MAX = 1000;

  @Inject StaffDirectory staff;

  public Map<String, String> byUsername(Collection<String> usernames) {
    if (usernames.isEmpty()) {
      return Map.of();
    }
    Map<String, Long> ids = staff.idsByUsername(usernames);
    Map<Long, String> names = new HashMap<>();
    for (UserView member : staff.byIds(ids.values())) {
      names.put(member.id(), member.fullName());
    }
    Map<String, String> byUsername = new HashMap<>();
    ids.forEach((username, id) -> byUsername.put(username, names.get(id)));
    return byUsername;
  }
}
