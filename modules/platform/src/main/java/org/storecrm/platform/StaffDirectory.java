package org.storecrm.platform;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Staff members and their logins. Administrators manage everyone; a manager reads the staff of
 * their own store; everyone changes their own password and language.
 */
public interface StaffDirectory {
  /** Sortable by username, fullName, role, store. Scoped to the caller's store. */
  Page<UserView> find(UserFilter filter, PageRequest page);

  UserView get(long id);

  /**
   * The staff members with these ids that the caller may see (scoped to the caller's store), in one
   * query; unknown or hidden ids are left out. At most 1,000 ids.
   */
  List<UserView> byIds(@NotNull @Size(max = 1000) Collection<Long> ids);

  Optional<UserView> findByUsername(String username);

  /**
   * The ids of the staff members with these usernames, whatever their store: reports key rows
   * recorded by username to the consultant's id (only ids, no personal data). Unknown usernames are
   * left out. At most 1,000 usernames.
   */
  Map<String, Long> idsByUsername(@NotNull @Size(max = 1000) Collection<String> usernames);

  UserView create(@NotNull @Valid NewUser user);

  UserView update(long id, @NotNull @Valid UserChanges changes);

  /** An administrator sets a new password for someone who lost theirs. */
  void resetPassword(long id, @NotBlank String newPassword);

  /** The caller changes their own password, proving the current one. */
  void changeOwnPassword(@NotBlank String currentPassword, @NotBlank String newPassword);

  void changeOwnLanguage(@NotNull @Pattern(regexp = Languages.PATTERN) String language);
}
