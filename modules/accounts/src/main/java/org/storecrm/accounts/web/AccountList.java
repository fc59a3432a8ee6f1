package org.storecrm.accounts.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.storecrm.accounts.AccountFilter;
import org.storecrm.accounts.AccountSource;
import org.storecrm.accounts.AccountStatus;
import org.storecrm.accounts.AccountSummary;
import org.storecrm.accounts.AccountView;
import org.storecrm.accounts.Accounts;
import org.storecrm.accounts.ContactPerson;
import org.storecrm.platform.CurrentUser;
import org.storecrm.platform.Role;
import org.storecrm.platform.web.api.FormErrors;
import org.storecrm.platform.web.api.PagedModel;
import org.storecrm.platform.web.api.Texts;

/**
 * The store's business accounts (企业客户), searched by name, filtered by status and hold in the
 * database; a new account with its first contact.
 */
@Named
@ViewScoped
public class AccountList implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient Accounts accounts;
  @Inject transient CurrentUser user;
  @Inject transient FormErrors errors;
  @Inject transient Texts texts;

  private String q;
  private AccountStatus status;
  private boolean onHoldOnly;
  private PagedModel<AccountSummary> model;

  // The new account.
  private AccountFields fields = AccountFields.forNewAccount();
  private AccountSource source = AccountSource.WALK_IN;
  private Long storeId;
  private String contactName;
  private String contactTitle;
  private String contactPhone;
  private boolean contactDecides;

  @PostConstruct
  void init() {
    filter();
  }

  public void filter() {
    AccountFilter wanted =
        new AccountFilter(q, status, null, onHoldOnly ? Boolean.TRUE : null, null);
    model =
        new PagedModel<>(
            "name", (page, filters) -> accounts.find(wanted, page), AccountSummary::id);
  }

  public void create() {
    List<ContactPerson> contacts = new ArrayList<>();
    if (contactName != null && !contactName.isBlank()) {
      contacts.add(
          new ContactPerson(contactName, blank(contactTitle), blank(contactPhone), contactDecides));
    }
    AccountView created;
    try {
      created = accounts.create(fields.toNewAccount(source, storeId, contacts));
    } catch (RuntimeException e) {
      errors.show(e, "newForm", AccountsMenu.BUNDLE);
      return;
    }
    jakarta.faces.context.FacesContext.getCurrentInstance()
        .addMessage(
            null,
            new jakarta.faces.application.FacesMessage(
                texts.fromBundle(AccountsMenu.BUNDLE, "account.created", created.name())));
    fields.clearForTheNextAccount();
    contactName = null;
    contactTitle = null;
    contactPhone = null;
    contactDecides = false;
    filter();
  }

  private static String blank(String text) {
    return text == null || text.isBlank() ? null : text;
  }

  public boolean isHeadOffice() {
    return user.hasRole(Role.ADMIN);
  }

  public AccountStatus[] getStatuses() {
    return AccountStatus.values();
  }

  public AccountSource[] getSources() {
    return AccountSource.values();
  }

  public PagedModel<AccountSummary> getModel() {
    return model;
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }

  public AccountStatus getStatus() {
    return status;
  }

  public void setStatus(AccountStatus status) {
    this.status = status;
  }

  public boolean isOnHoldOnly() {
    return onHoldOnly;
  }

  public void setOnHoldOnly(boolean onHoldOnly) {
    this.onHoldOnly = onHoldOnly;
  }

  /** The new account's own fields (status and terms stay for the next account entered). */
  public AccountFields getFields() {
    return fields;
  }

  public AccountSource getSource() {
    return source;
  }

  public void setSource(AccountSource source) {
    this.source = source;
  }

  public Long getStoreId() {
    return storeId;
  }

  public void setStoreId(Long storeId) {
    this.storeId = storeId;
  }

  public String getContactName() {
    return contactName;
  }

  public void setContactName(String contactName) {
    this.contactName = contactName;
  }

  public String getContactTitle() {
    return contactTitle;
  }

  public void setContactTitle(String contactTitle) {
    this.contactTitle = contactTitle;
  }

  public String getContactPhone() {
    return contactPhone;
  }

  public void setContactPhone(String contactPhone) {
    this.contactPhone = contactPhone;
  }

  public boolean isContactDecides() {
    return contactDecides;
  }

  public void setContactDecides(boolean contactDecides) {
    this.contactDecides = contactDecides;
  }
}
