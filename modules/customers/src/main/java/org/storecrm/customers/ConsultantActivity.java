package org.storecrm.customers;

/**
 * What one consultant of a store did with customers in a period, and what they hold at its end: the
 * customer-side measures of the daily sales-activity report and the consultant monthly performance
 * analysis (docs/domain.md, "Reports"). Contacts, follow-ups and appointments count by the staff
 * member who recorded them; new leads and the held customers by the card's consultant.
 *
 * @param newLeads customers registered in the period with this consultant
 * @param intentHeld intent customers the consultant holds now
 * @param ownersHeld own-sold owners the consultant holds now
 * @param contacts every contact the consultant logged in the period
 * @param visits showroom visits among them
 * @param phoneIns phone-ins among them
 * @param registered visits and phone-ins among them whose customer left contact details (a card)
 * @param calls outbound calls (cold calls, invitations by phone) among them
 * @param callbacks after-sale callbacks among them
 * @param followUpsDone follow-up tasks the consultant completed in the period
 * @param appointmentsBooked store-visit appointments (邀约) the consultant booked in the period
 */
public record ConsultantActivity(
    long consultantId,
    long newLeads,
    long intentHeld,
    long ownersHeld,
    long contacts,
    long visits,
    long phoneIns,
    long registered,
    long calls,
    long callbacks,
    long followUpsDone,
    long appointmentsBooked) {

  public static ConsultantActivity none(long consultantId) {
    return new ConsultantActivity(consultantId, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
  }

  /**
   * Share of the consultant's visits and phone-ins that left contact details, in percent (0 when
   * there were none): the registration rate of docs/domain.md ("Registers"), the same arithmetic as
   * {@link RegisterDay#registrationRate()}.
   */
  public int registrationRate() {
    long all = visits + phoneIns;
    return all == 0 ? 0 : (int) Math.round(100.0 * registered / all);
  }
}
