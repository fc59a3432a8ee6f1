package org.storecrm.platform.internal.staff;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.storecrm.platform.Role;
import org.storecrm.platform.UserView;
import org.storecrm.platform.internal.stores.Store;

/** A staff member's login and profile. */
@Entity
@Table(name = "plt_user")
public class UserAccount {
  @Id
  @SequenceGenerator(name = "plt_user_seq", sequenceName = "plt_user_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plt_user_seq")
  private Long id;

  @Column(nullable = false, length = 40, updatable = false)
  private String username;

  @Column(name = "password_hash", nullable = false, length = 300)
  private String passwordHash;

  @Column(name = "full_name", nullable = false, length = 100)
  private String fullName;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Role role;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "store_id")
  private Store store;

  @Column(nullable = false, length = 10)
  private String language;

  @Column(nullable = false)
  private boolean active;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Version private long version;

  protected UserAccount() {}

  public UserAccount(
      String username,
      String passwordHash,
      String fullName,
      Role role,
      Store store,
      String language,
      Instant createdAt) {
    this.username = username;
    this.passwordHash = passwordHash;
    this.fullName = fullName;
    this.role = role;
    this.store = store;
    this.language = language;
    this.active = true;
    this.createdAt = createdAt;
  }

  /** An administrator edited the staff member: name, role, store, language and activity. */
  void edit(String fullName, Role role, Store store, String language, boolean active) {
    this.fullName = fullName;
    this.role = role;
    this.store = store;
    this.language = language;
    this.active = active;
  }

  UserView toView() {
    return new UserView(
        id,
        username,
        fullName,
        role,
        store == null ? null : store.getId(),
        store == null ? null : store.getName(),
        store == null ? null : store.getNameZh(),
        language,
        active,
        version);
  }

  Map<String, Object> auditState() {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("username", username);
    state.put("fullName", fullName);
    state.put("role", role);
    state.put("store", store == null ? null : store.getCode());
    state.put("language", language);
    state.put("active", active);
    return state;
  }

  Long getId() {
    return id;
  }

  String getUsername() {
    return username;
  }

  String getPasswordHash() {
    return passwordHash;
  }

  /** A new password (its hash): reset by an administrator or changed by its owner. */
  void changePassword(String newPasswordHash) {
    this.passwordHash = newPasswordHash;
  }

  Role getRole() {
    return role;
  }

  Store getStore() {
    return store;
  }

  String getLanguage() {
    return language;
  }

  /** The staff member chose the language of their screens and notices. */
  void chooseLanguage(String language) {
    this.language = language;
  }

  boolean isActive() {
    return active;
  }

  long getVersion() {
    return version;
  }
}
