package org.storecrm.customers.internal.registers;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.storecrm.customers.NewPhoneIn;
import org.storecrm.customers.PhoneInView;
import org.storecrm.customers.PhoneIns;
import org.storecrm.customers.internal.registers.PhoneInRecorder.RecordedPhoneIn;
import org.storecrm.platform.NotificationGateway;
import org.storecrm.platform.Roles;
import org.storecrm.platform.StoreDirectory;
import org.storecrm.platform.StoreView;
import org.storecrm.platform.ValidatedArguments;

/**
 * Records a phone-in ({@link PhoneInRecorder}, which commits it), then sends the care message
 * through the {@link NotificationGateway}: outside the transaction, so that a customer is never
 * texted about a call whose record was rolled back, and a gateway that refuses the message leaves
 * the call recorded ({@code careMessageSent} false).
 */
@Stateless
@ValidatedArguments
@RolesAllowed({Roles.CONSULTANT, Roles.MANAGER})
public class PhoneInService implements PhoneIns {
  private static final Logger LOG = Logger.getLogger(PhoneInService.class.getName());
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm");

  @Inject PhoneInRecorder recorder;
  @Inject StoreDirectory stores;
  @Inject NotificationGateway gateway;
  @Inject Clock clock;

  @Override
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public PhoneInView record(NewPhoneIn call) {
    RecordedPhoneIn recorded = recorder.write(call);
    String careMessage = null;
    boolean sent = false;
    if (recorded.phone() != null) {
      Locale locale = PhoneInChecklist.locale(recorded.language());
      StoreView store = stores.get(recorded.storeId());
      boolean chinese = !Locale.ENGLISH.equals(locale);
      careMessage =
          PhoneInChecklist.careMessage(
              locale,
              recorded.name(),
              chinese && store.nameZh() != null ? store.nameZh() : store.name(),
              chinese && store.addressZh() != null ? store.addressZh() : store.address(),
              store.phone(),
              recorded.callbackDue() == null
                  ? null
                  : TIME.format(recorded.callbackDue().atZone(clock.getZone())));
      try {
        gateway.send(recorded.phone(), careMessage);
        sent = true;
      } catch (NotificationGateway.NotificationFailedException e) {
        LOG.log(
            Level.WARNING, "Care message after phone-in " + recorded.entryId() + " not sent", e);
      }
    }
    return new PhoneInView(
        recorded.entryId(),
        recorded.at(),
        recorded.customerId(),
        PhoneInChecklist.parsed(recorded.steps()),
        recorded.callbackId(),
        recorded.callbackDue(),
        sent,
        sent ? careMessage : null);
  }
}
