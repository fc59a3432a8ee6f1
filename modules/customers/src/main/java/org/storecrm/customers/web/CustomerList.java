package org.storecrm.customers.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.storecrm.customers.CustomerDirectory;
import org.storecrm.customers.CustomerSummary;
import org.storecrm.customers.Memberships;
import org.storecrm.platform.web.api.PagedModel;
import org.storecrm.platform.web.api.Texts;

/** Search by phone prefix or any part of the name, paged in the database. */
@Named
@ViewScoped
public class CustomerList implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient CustomerDirectory customers;
  @Inject transient Memberships memberships;
  @Inject transient Texts texts;

  private PagedModel<CustomerSummary> model;

  /** The membership tier filter (a tier key), or null for every tier. */
  private String tier;

  private List<String> tiers;

  @PostConstruct
  void init() {
    model =
        // No default sort here: the directory orders a phone search by phone, the rest by name.
        new PagedModel<>(
            null,
            (page, filters) -> customers.find((String) filters.get("globalFilter"), tier, page));
    tiers = memberships.tiers();
  }

  public String getTier() {
    return tier;
  }

  public void setTier(String tier) {
    this.tier = tier == null || tier.isBlank() ? null : tier;
  }

  /** The tier keys, lowest first, for the filter. */
  public List<String> getTiers() {
    return tiers;
  }

  public String tierName(String key) {
    return key == null ? "" : MembershipCardSection.tierName(key, texts.locale());
  }

  public PagedModel<CustomerSummary> getModel() {
    return model;
  }
}
