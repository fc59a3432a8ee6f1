package org.storecrm.customers.web;

import jakarta.enterprise.inject.Instance;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import org.storecrm.customers.ContactKind;
import org.storecrm.customers.ContactView;
import org.storecrm.customers.CustomerCard;
import org.storecrm.customers.CustomerCardSection;
import org.storecrm.customers.CustomerDirectory;
import org.storecrm.customers.GradeChange;
import org.storecrm.customers.IntentGrade;
import org.storecrm.customers.NewContact;
import org.storecrm.platform.RecordNotFoundException;
import org.storecrm.platform.web.api.Dates;
import org.storecrm.platform.web.api.FormErrors;
import org.storecrm.platform.web.api.Texts;

/**
 * The customer card ({@code ?id=}): details, grade, and the contact timeline. Its actions are Ajax
 * and each form shows its own messages (keyed to the form), so an action answers once, where it was
 * taken, and the rest of the page stays as the user left it.
 */
@Named
@ViewScoped
public class CustomerCardPage implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final int TIMELINE = 50;

  @Inject transient CustomerDirectory customers;
  @Inject transient FormErrors errors;
  @Inject transient Texts texts;
  @Inject transient Dates dates;
  @Inject transient java.time.Clock clock;
  @Inject transient Instance<CustomerCardSection> sectionSources;
  @Inject CustomerCardActions actions;

  private Long id;
  private CustomerCard card;
  private List<ContactView> contacts;
  private List<Section> sections;
  private IntentGrade grade;
  private String gradeReason;
  private ContactKind contactKind = ContactKind.CALL;
  private String contactOutcome;
  private String contactNote;
  private String contactNextStep;
  private java.time.LocalDateTime contactNextStepAt;

  /** A missing {@code ?id=} is the not-found page, like an unknown one. */
  public void load() {
    if (id == null) {
      throw new RecordNotFoundException("Customer", null);
    }
    card = customers.get(id);
    grade = card.grade();
    contacts = customers.contacts(id, TIMELINE);
    sections = null;
  }

  /** A section other modules add to the card, with its lines in the viewer's language. */
  public record Section(String id, String title, List<CustomerCardSection.Line> lines)
      implements Serializable {}

  /** The other modules' sections that have lines for this customer; asked once per view. */
  public List<Section> getSections() {
    if (sections == null && card != null) {
      sections =
          sectionSources.stream()
              .sorted(Comparator.comparingInt(CustomerCardSection::order))
              .map(
                  s ->
                      new Section(
                          s.id(),
                          s.title(texts.locale()),
                          List.copyOf(s.lines(card.id(), texts.locale()))))
              .filter(s -> !s.lines().isEmpty())
              .toList();
    }
    return sections == null ? List.of() : sections;
  }

  public void applyGrade() {
    try {
      card = customers.grade(id, new GradeChange(grade, gradeReason));
    } catch (RuntimeException e) {
      errors.showInForm(e, "gradeForm", CustomersMenu.BUNDLE);
      return;
    }
    gradeReason = null;
    refresh();
    confirm("gradeForm", "grade.saved", dates.dateTime(card.nextFollowUpDue()));
  }

  public void logContact() {
    try {
      customers.logContact(
          id,
          new NewContact(
              contactKind,
              null,
              null,
              contactOutcome,
              contactNote,
              contactNextStep,
              contactNextStepAt == null
                  ? null
                  : contactNextStepAt.atZone(clock.getZone()).toInstant()));
    } catch (RuntimeException e) {
      errors.showInForm(e, "contactForm", CustomersMenu.BUNDLE);
      return;
    }
    contactOutcome = null;
    contactNote = null;
    contactNextStep = null;
    contactNextStepAt = null;
    refresh();
    confirm("contactForm", "contact.logged");
  }

  /** Reads the card and everything the page shows of it again, after a change. */
  void refresh() {
    load();
    actions.load();
  }

  /** The success message of an action, in the messages of the form that took it. */
  void confirm(String form, String key, Object... arguments) {
    FacesContext.getCurrentInstance()
        .addMessage(form, new FacesMessage(texts.fromBundle(CustomersMenu.BUNDLE, key, arguments)));
  }

  public IntentGrade[] getGrades() {
    return IntentGrade.values();
  }

  public ContactKind[] getContactKinds() {
    return ContactKind.values();
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getOtherPhones() {
    return String.join(", ", card.otherPhones());
  }

  public CustomerCard getCard() {
    return card;
  }

  public List<ContactView> getContacts() {
    return contacts;
  }

  public IntentGrade getGrade() {
    return grade;
  }

  public void setGrade(IntentGrade grade) {
    this.grade = grade;
  }

  public String getGradeReason() {
    return gradeReason;
  }

  public void setGradeReason(String gradeReason) {
    this.gradeReason = gradeReason;
  }

  public ContactKind getContactKind() {
    return contactKind;
  }

  public void setContactKind(ContactKind contactKind) {
    this.contactKind = contactKind;
  }

  public String getContactOutcome() {
    return contactOutcome;
  }

  public void setContactOutcome(String contactOutcome) {
    this.contactOutcome = contactOutcome;
  }

  public String getContactNextStep() {
    return contactNextStep;
  }

  public void setContactNextStep(String contactNextStep) {
    this.contactNextStep = contactNextStep;
  }

  public java.time.LocalDateTime getContactNextStepAt() {
    return contactNextStepAt;
  }

  public void setContactNextStepAt(java.time.LocalDateTime contactNextStepAt) {
    this.contactNextStepAt = contactNextStepAt;
  }

  public String getContactNote() {
    return contactNote;
  }

  public void setContactNote(String contactNote) {
    this.contactNote = contactNote;
  }
}
