package org.storecrm.customers.internal.registers;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import org.storecrm.customers.ContactKind;
import org.storecrm.customers.NewPhoneIn;
import org.storecrm.customers.internal.CustomersSettings;
import org.storecrm.customers.internal.cards.Customer;
import org.storecrm.customers.internal.cards.PhoneNumbers;
import org.storecrm.customers.internal.followups.ContactRecord;
import org.storecrm.customers.internal.followups.FollowUp;
import org.storecrm.customers.internal.followups.FollowUpScheduler;
import org.storecrm.platform.CurrentUser;
import org.storecrm.platform.Role;
import org.storecrm.platform.Roles;
import org.storecrm.platform.StoreScope;

/**
 * The phone-in's writes, in a transaction of their own that has committed when {@link
 * PhoneInService} sends the care message: the register entry, on the card (where it counts as the
 * contact that was due) or anonymous, with its checklist ({@link PhoneInChecklist}), and the
 * promised callback.
 */
@Stateless
@RolesAllowed({Roles.CONSULTANT, Roles.MANAGER})
public class PhoneInRecorder {
  @PersistenceContext EntityManager em;
  @Inject StoreScope scope;
  @Inject CurrentUser user;
  @Inject FollowUpScheduler scheduler;
  @Inject CustomersSettings settings;
  @Inject Clock clock;

  /** Writes the call, its card contact and its promised callback, and commits them. */
  public RecordedPhoneIn write(NewPhoneIn call) {
    Instant now = clock.instant();
    Customer customer =
        call.customerId() == null ? null : Customer.visibleForUpdate(em, scope, call.customerId());
    String phone =
        customer != null
            ? customer.phone()
            : call.callerPhone() == null || call.callerPhone().isBlank()
                ? null
                : PhoneNumbers.checkOther(call.callerPhone(), "callerPhone").number();
    String name =
        customer != null
            ? customer.name()
            : call.callerName() == null || call.callerName().isBlank()
                ? null
                : call.callerName().strip();
    PhoneInChecklist.check(
        call.steps(), call.cannotAnswerNow(), call.callbackBy(), customer != null, phone, now);
    long storeId =
        customer != null ? customer.storeId() : scope.storeForNewRecord(null, "phone-in");

    ContactRecord entry =
        customer != null
            ? new ContactRecord(
                customer,
                ContactKind.PHONE_IN,
                now,
                user.username(),
                call.purpose(),
                call.outcome(),
                call.note())
            : ContactRecord.anonymous(
                storeId,
                ContactKind.PHONE_IN,
                now,
                user.username(),
                call.purpose(),
                call.outcome());
    if (customer == null) {
      entry.annotate(call.note());
    }
    entry.followedChecklist(PhoneInChecklist.stored(call.steps()));
    em.persist(entry);
    if (customer != null) {
      customer.contactedAt(now);
      em.flush();
      // A phone-in on the card is the contact that was due (as one logged on the card).
      scheduler.followedUp(customer, now, call.outcome(), user.username());
    }

    FollowUp callback = null;
    if (call.cannotAnswerNow()) {
      callback =
          scheduler.promisedCallback(
              storeId,
              customer,
              name,
              phone,
              call.purpose() == null || call.purpose().isBlank() ? null : call.purpose().strip(),
              PhoneInChecklist.callbackDue(call.callbackBy(), now, settings.phoneInCallbackHours()),
              user.hasRole(Role.CONSULTANT) ? user.userId().orElse(null) : null);
    }
    em.flush();
    return new RecordedPhoneIn(
        entry.id(),
        now,
        entry.customerId(),
        entry.phoneInSteps(),
        callback == null ? null : callback.id(),
        callback == null ? null : callback.dueAt(),
        storeId,
        phone,
        name,
        customer != null ? customer.language() : call.language());
  }

  /**
   * What the care message and the answer need of a written call (public: the container's proxy of
   * this bean is in another module and must see it).
   */
  public record RecordedPhoneIn(
      long entryId,
      Instant at,
      Long customerId,
      String steps,
      Long callbackId,
      Instant callbackDue,
      long storeId,
      String phone,
      String name,
      String language) {}
}
