package org.storecrm.accounts.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.storecrm.accounts.AccountView;
import org.storecrm.accounts.Accounts;

/** One business account: its facts, contacts and credit standing. */
@Named
@ViewScoped
public class AccountPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient Accounts accounts;

  private Long id;
  private AccountView account;

  /** The view action: another store's account is a 404. */
  public void load() {
    account = accounts.get(id);
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public AccountView getAccount() {
    return account;
  }
}
