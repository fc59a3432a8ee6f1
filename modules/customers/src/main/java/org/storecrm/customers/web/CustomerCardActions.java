package org.storecrm.customers.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.storecrm.customers.AppointmentOutcome;
import org.storecrm.customers.AppointmentStatus;
import org.storecrm.customers.AppointmentView;
import org.storecrm.customers.Appointments;
import org.storecrm.customers.BaseKind;
import org.storecrm.customers.BasePromotion;
import org.storecrm.customers.Classifications;
import org.storecrm.customers.CustomerCard;
import org.storecrm.customers.CustomerChanges;
import org.storecrm.customers.CustomerDirectory;
import org.storecrm.customers.CustomerType;
import org.storecrm.customers.Gender;
import org.storecrm.customers.HistoryEntry;
import org.storecrm.customers.LostReason;
import org.storecrm.customers.LostSaleReport;
import org.storecrm.customers.NewAppointment;
import org.storecrm.customers.OwnedProduct;
import org.storecrm.customers.RegionType;
import org.storecrm.customers.StatusChange;
import org.storecrm.platform.web.api.FormErrors;

/**
 * The card's decisions beside the grade and the timeline: appointments, a lost sale, VIP and base
 * promotion, with the products owned and the classification history they leave behind.
 */
@Named
@ViewScoped
public class CustomerCardActions implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject CustomerCardPage page;
  @Inject transient Appointments appointments;
  @Inject transient CustomerDirectory customers;
  @Inject transient Classifications classifications;
  @Inject transient FormErrors errors;
  @Inject transient Clock clock;

  private Details details;
  private List<AppointmentView> appointmentList;
  private List<LostReason> lostReasons;
  private List<HistoryEntry> history;
  private List<OwnedProduct> products;
  private LocalDateTime appointmentAt;
  private String appointmentPurpose;
  private Long lostReasonId;
  private String competitor;
  private String lostNote;
  private String vipReason;
  private BaseKind promotionKind = BaseKind.OWN_SOLD_OWNER;
  private String promotionReason;

  /** Runs after the card's own view action (declared after it on the page). */
  public void load() {
    CustomerCard card = page.getCard();
    details =
        new Details(
            card.name(),
            card.type(),
            card.region(),
            card.city(),
            card.county(),
            card.birthday(),
            card.gender(),
            card.address(),
            card.referrerId(),
            String.join(", ", card.otherPhones()),
            card.marketingConsent(),
            card.notes(),
            card.version());
    details.language = card.language();
    appointmentList = appointments.forCustomer(page.getId());
    history = classifications.history(page.getId());
    products = classifications.ownedProducts(page.getId());
    lostReasons = classifications.lostReasons(false);
  }

  /** Saves the edited details; an edit of a card someone changed since is refused, not merged. */
  public void saveDetails() {
    try {
      customers.update(
          page.getId(),
          new CustomerChanges(
              details.name,
              details.type,
              details.region,
              details.city,
              details.county,
              details.birthday,
              details.marketingConsent,
              details.notes,
              details.gender,
              details.address,
              details.referrerId,
              details.otherPhones == null || details.otherPhones.isBlank()
                  ? List.of()
                  : List.of(details.otherPhones.split("\\s*[,，;；]\\s*")),
              details.version,
              details.language));
    } catch (RuntimeException e) {
      errors.showInForm(e, "detailsForm", CustomersMenu.BUNDLE);
      return;
    }
    done("detailsForm", "details.saved");
  }

  public void book() {
    try {
      appointments.book(
          page.getId(),
          new NewAppointment(
              appointmentAt == null ? null : appointmentAt.atZone(clock.getZone()).toInstant(),
              appointmentPurpose));
    } catch (RuntimeException e) {
      errors.showInForm(e, "appointmentForm", CustomersMenu.BUNDLE);
      return;
    }
    appointmentAt = null;
    appointmentPurpose = null;
    done("appointmentForm", "appointment.booked");
  }

  public void settle(AppointmentView appointment, AppointmentStatus status) {
    try {
      appointments.settle(appointment.id(), new AppointmentOutcome(status, appointment.version()));
    } catch (RuntimeException e) {
      errors.showInForm(e, "appointmentForm", CustomersMenu.BUNDLE);
      return;
    }
    done("appointmentForm", "appointment.settled");
  }

  public void recordLostSale() {
    try {
      classifications.recordLostSale(
          page.getId(), new LostSaleReport(lostReasonId, competitor, lostNote, null));
    } catch (RuntimeException e) {
      errors.showInForm(e, "lostForm", CustomersMenu.BUNDLE);
      return;
    }
    lostReasonId = null;
    competitor = null;
    lostNote = null;
    done("lostForm", "lost.recorded");
  }

  public void grantVip() {
    try {
      classifications.grantVip(page.getId(), new StatusChange(vipReason));
    } catch (RuntimeException e) {
      errors.showInForm(e, "vipForm", CustomersMenu.BUNDLE);
      return;
    }
    vipReason = null;
    done("vipForm", "vip.granted");
  }

  public void promote() {
    try {
      classifications.promoteToBase(
          page.getId(), new BasePromotion(promotionKind, promotionReason));
    } catch (RuntimeException e) {
      errors.showInForm(e, "promotionForm", CustomersMenu.BUNDLE);
      return;
    }
    promotionReason = null;
    done("promotionForm", "promotion.done");
  }

  private void done(String form, String key) {
    page.refresh();
    page.confirm(form, key);
  }

  public Details getDetails() {
    return details;
  }

  public CustomerType[] getTypes() {
    return CustomerType.values();
  }

  public RegionType[] getRegions() {
    return RegionType.values();
  }

  public List<String> getLanguages() {
    return List.of("zh_CN", "en");
  }

  public Gender[] getGenders() {
    return Gender.values();
  }

  /** The card's editable details, as the form binds them. */
  public static class Details implements Serializable {
    private static final long serialVersionUID = 1L;
    String name;
    CustomerType type;
    RegionType region;
    String city;
    String county;
    LocalDate birthday;
    Gender gender;
    String address;
    Long referrerId;
    String otherPhones;
    boolean marketingConsent;
    String notes;
    long version;
    String language;

    Details(
        String name,
        CustomerType type,
        RegionType region,
        String city,
        String county,
        LocalDate birthday,
        Gender gender,
        String address,
        Long referrerId,
        String otherPhones,
        boolean marketingConsent,
        String notes,
        long version) {
      this.name = name;
      this.type = type;
      this.region = region;
      this.city = city;
      this.county = county;
      this.birthday = birthday;
      this.gender = gender;
      this.address = address;
      this.referrerId = referrerId;
      this.otherPhones = otherPhones;
      this.marketingConsent = marketingConsent;
      this.notes = notes;
      this.version = version;
    }

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public CustomerType getType() {
      return type;
    }

    public void setType(CustomerType type) {
      this.type = type;
    }

    public RegionType getRegion() {
      return region;
    }

    public void setRegion(RegionType region) {
      this.region = region;
    }

    public String getCity() {
      return city;
    }

    public void setCity(String city) {
      this.city = city;
    }

    public String getCounty() {
      return county;
    }

    public void setCounty(String county) {
      this.county = county;
    }

    public LocalDate getBirthday() {
      return birthday;
    }

    public void setBirthday(LocalDate birthday) {
      this.birthday = birthday;
    }

    public Gender getGender() {
      return gender;
    }

    public void setGender(Gender gender) {
      this.gender = gender;
    }

    public String getLanguage() {
      return language;
    }

    public void setLanguage(String language) {
      this.language = language;
    }

    public String getAddress() {
      return address;
    }

    public void setAddress(String address) {
      this.address = address;
    }

    public Long getReferrerId() {
      return referrerId;
    }

    public void setReferrerId(Long referrerId) {
      this.referrerId = referrerId;
    }

    public String getOtherPhones() {
      return otherPhones;
    }

    public void setOtherPhones(String otherPhones) {
      this.otherPhones = otherPhones;
    }

    public boolean isMarketingConsent() {
      return marketingConsent;
    }

    public void setMarketingConsent(boolean marketingConsent) {
      this.marketingConsent = marketingConsent;
    }

    public String getNotes() {
      return notes;
    }

    public void setNotes(String notes) {
      this.notes = notes;
    }
  }

  /** Read once with the card: EL asks for the select's items several times per request. */
  public List<LostReason> getLostReasons() {
    return lostReasons;
  }

  public String reasonName(LostReason reason) {
    Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
    return reason.name(locale);
  }

  public BaseKind[] getPromotionKinds() {
    return new BaseKind[] {
      BaseKind.OWN_SOLD_OWNER, BaseKind.OTHER_SOLD_OWNER, BaseKind.OTHER_BRAND_OWNER
    };
  }

  public AppointmentStatus[] getOutcomes() {
    return new AppointmentStatus[] {
      AppointmentStatus.ATTENDED, AppointmentStatus.NO_SHOW, AppointmentStatus.CANCELLED
    };
  }

  public List<AppointmentView> getAppointments() {
    return appointmentList;
  }

  public List<HistoryEntry> getHistory() {
    return history;
  }

  public List<OwnedProduct> getProducts() {
    return products;
  }

  public LocalDateTime getAppointmentAt() {
    return appointmentAt;
  }

  public void setAppointmentAt(LocalDateTime appointmentAt) {
    this.appointmentAt = appointmentAt;
  }

  public String getAppointmentPurpose() {
    return appointmentPurpose;
  }

  public void setAppointmentPurpose(String appointmentPurpose) {
    this.appointmentPurpose = appointmentPurpose;
  }

  public Long getLostReasonId() {
    return lostReasonId;
  }

  public void setLostReasonId(Long lostReasonId) {
    this.lostReasonId = lostReasonId;
  }

  public String getCompetitor() {
    return competitor;
  }

  public void setCompetitor(String competitor) {
    this.competitor = competitor;
  }

  public String getLostNote() {
    return lostNote;
  }

  public void setLostNote(String lostNote) {
    this.lostNote = lostNote;
  }

  public String getVipReason() {
    return vipReason;
  }

  public void setVipReason(String vipReason) {
    this.vipReason = vipReason;
  }

  public BaseKind getPromotionKind() {
    return promotionKind;
  }

  public void setPromotionKind(BaseKind promotionKind) {
    this.promotionKind = promotionKind;
  }

  public String getPromotionReason() {
    return promotionReason;
  }

  public void setPromotionReason(String promotionReason) {
    this.promotionReason = promotionReason;
  }
}
