package org.storecrm.customers.internal.registers;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.storecrm.customers.ContactKind;
import org.storecrm.customers.NewPhoneIn;
import org.storecrm.customers.PhoneInView;
import org.storecrm.customers.PhoneIns;
import org.storecrm.customers.internal.CustomersSettings;
import org.storecrm.customers.internal.cards.Customer;
import org.storecrm.customers.internal.cards.PhoneNumbers;
import org.storecrm.customers.internal.followups.ContactRecord;
import org.storecrm.customers.internal.followups.FollowUp;
import org.storecrm.customers.internal.followups.FollowUpScheduler;
import org.storecrm.platform.CurrentUser;
import org.storecrm.platform.NotificationGateway;
import org.storecrm.platform.Role;
import org.storecrm.platform.Roles;
import org.storecrm.platform.StoreDirectory;
import org.storecrm.platform.StoreScope;
import org.storecrm.platform.StoreView;
import org.storecrm.platform.ValidatedArguments;

/**
 * Records a phone-in with its checklist ({@link PhoneInChecklist}): the register entry, on the card
 * (where it counts as the contact that was due) or anonymous; the promised callback; the care
 * message through the {@link NotificationGateway}, sent last (a gateway that refuses it leaves the
 * call recorded, {@code careMessageSent} false).
 */
@Stateless
@ValidatedArguments
@RolesAllowed({Roles.CONSULTANT, Roles.MANAGER})
public class PhoneInService implements PhoneIns {
  private static final Logger LOG = Logger.getLogger(PhoneInService.class.getName());
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm");

  @PersistenceContext EntityManager em;
  @Inject StoreScope scope;
  @Inject CurrentUser user;
  @Inject FollowUpScheduler scheduler;
  @Inject CustomersSettings settings;
  @Inject StoreDirectory stores;
  @Inject NotificationGateway gateway;
  @Inject Clock clock;

  @Override
  public PhoneInView record(NewPhoneIn call) {
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

    String careMessage = null;
    boolean sent = false;
    if (phone != null) {
      String language = customer != null ? customer.language() : call.language();
      Locale locale = PhoneInChecklist.locale(language);
      StoreView store = stores.get(storeId);
      boolean chinese = !Locale.ENGLISH.equals(locale);
      careMessage =
          PhoneInChecklist.careMessage(
              locale,
              name,
              chinese && store.nameZh() != null ? store.nameZh() : store.name(),
              chinese && store.addressZh() != null ? store.addressZh() : store.address(),
              store.phone(),
              callback == null ? null : TIME.format(callback.dueAt().atZone(clock.getZone())));
      try {
        gateway.send(phone, careMessage);
        sent = true;
      } catch (NotificationGateway.NotificationFailedException e) {
        LOG.log(Level.WARNING, "Care message after phone-in " + entry.id() + " not sent", e);
      }
    }
    return new PhoneInView(
        entry.id(),
        now,
        entry.customerId(),
        PhoneInChecklist.parsed(entry.phoneInSteps()),
        callback == null ? null : callback.id(),
        callback == null ? null : callback.dueAt(),
        sent,
        sent ? careMessage : null);
  }
}
