package org.storecrm.customers.internal.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.storecrm.customers.BaseKind;
import org.storecrm.customers.Classification;
import org.storecrm.customers.ContactKind;
import org.storecrm.customers.CustomerType;
import org.storecrm.customers.FollowUpReason;
import org.storecrm.customers.IntentGrade;
import org.storecrm.customers.RegionType;
import org.storecrm.customers.SourceChannel;
import org.storecrm.customers.internal.CustomersSettings;
import org.storecrm.customers.internal.cards.Customer;
import org.storecrm.customers.internal.cards.CustomerChange;
import org.storecrm.customers.internal.cards.LostSale;
import org.storecrm.customers.internal.cards.NamePart;
import org.storecrm.customers.internal.cards.PhoneNumbers;
import org.storecrm.customers.internal.followups.Appointment;
import org.storecrm.customers.internal.followups.ContactRecord;
import org.storecrm.customers.internal.followups.FollowUpPlan;
import org.storecrm.customers.internal.followups.FollowUpScheduler;
import org.storecrm.platform.DemoData;

/**
 * A month of counter work in each demo store: customers from every source, intent customers of
 * every grade (some of them overdue), lost and VIP customers, tomorrow's appointments, and walk-ins
 * who left no details, so that every customer screen and report has something to show.
 */
@ApplicationScoped
public class CustomersDemoData implements DemoData {
  private static final String[] FAMILY = {
    "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴", "徐", "孙"
  };
  private static final String[] GIVEN = {
    "伟", "芳", "娜", "敏", "静", "磊", "洋", "艳", "勇", "军", "杰", "婷"
  };
  private static final String[] PURPOSES = {"看笔记本", "问手机价格", "看相机", "比较平板", "咨询以旧换新"};

  @PersistenceContext EntityManager em;
  @Inject FollowUpPlan plan;
  @Inject FollowUpScheduler scheduler;
  @Inject Clock clock;
  @Inject CustomersSettings settings;

  @Override
  public String module() {
    return "customers";
  }

  @Override
  public int order() {
    return 10;
  }

  @Override
  public void seed() {
    seedStore("SH-FLAGSHIP", "consultant", "上海", 30, 1);
    seedStore("CD-PLAZA", "plaza.consultant", "成都", 10, 2);
  }

  private void seedStore(String storeCode, String consultant, String city, int count, int series) {
    long storeId = DemoData.storeId(em, storeCode);
    long consultantId = DemoData.userId(em, consultant);
    Random random = new Random(series * 7919L);
    Instant now = clock.instant();
    SourceChannel[] sources = SourceChannel.values();
    IntentGrade[] grades = IntentGrade.values();
    for (int i = 0; i < count; i++) {
      String name = FAMILY[random.nextInt(FAMILY.length)] + GIVEN[random.nextInt(GIVEN.length)];
      String phone = String.format("13%d%08d", series, 10_000_000 + i * 7_919 % 89_999_999);
      Instant registered = now.minus(Duration.ofHours(2 + random.nextInt(30 * 24)));
      Customer customer =
          new Customer(
              storeId,
              name,
              PhoneNumbers.check(phone, null),
              registered,
              settings.tiers().lowest().key());
      SourceChannel source =
          i < 8 ? SourceChannel.WALK_IN : sources[random.nextInt(sources.length)];
      RegionType region = random.nextInt(4) == 0 ? RegionType.COUNTY : RegionType.CITY;
      customer.describe(CustomerType.PERSON, region, city, null, null, null, null, null);
      customer.cameThrough(source);
      customer.assignTo(consultantId);
      if (random.nextBoolean()) {
        customer.bornOn(
            LocalDate.of(
                1970 + random.nextInt(35), 1 + random.nextInt(12), 1 + random.nextInt(28)));
      }
      em.persist(customer);
      em.flush();
      NamePart.index(em, customer, false);
      ContactKind kind =
          customer.source() == SourceChannel.PHONE_IN ? ContactKind.PHONE_IN : ContactKind.VISIT;
      em.persist(
          new ContactRecord(
              customer,
              kind,
              registered,
              consultant,
              PURPOSES[i % PURPOSES.length],
              "registered",
              null));
      customer.contactedAt(registered);
      if (i % 3 != 2) {
        // Graded a while after the last contact: the older ones are overdue by now.
        IntentGrade grade = grades[i % grades.length];
        customer.regrade(grade);
        customer.reclassify(Classification.BASE, BaseKind.INTENT);
        em.persist(
            new CustomerChange(
                customer.id(), registered, consultant, "grade", null, grade, "demo"));
        scheduler.replaceGradeFollowUp(customer, plan.nextForGrade(grade, registered));
      }
      if (i == 5) {
        customer.reclassify(Classification.VIP, customer.baseKind());
        em.persist(
            new CustomerChange(
                customer.id(),
                registered,
                "manager",
                "classification",
                "BASE/INTENT",
                "VIP/INTENT",
                "驾校校长，每月介绍客户"));
      }
      if (i == 8 || i == 17) {
        customer.regrade(null);
        customer.reclassify(customer.classification(), BaseKind.LOST);
        scheduler.cancelGradeFollowUp(customer);
        em.persist(new LostSale(customer, i == 8 ? 1 : 3, "苏宁", "价格差 300 元", consultant, now));
      }
      if (i == 3 || i == 10) {
        Instant tomorrowAfternoon =
            LocalDate.now(clock).plusDays(1).atTime(15, 0).atZone(clock.getZone()).toInstant();
        Appointment visit = new Appointment(customer, tomorrowAfternoon, "来店试机", consultant, now);
        em.persist(visit);
        em.flush();
        plan.appointmentConfirmationDue(tomorrowAfternoon, now, clock.getZone())
            .ifPresent(
                due ->
                    scheduler.openOnce(
                        customer,
                        FollowUpReason.APPOINTMENT_CONFIRMATION,
                        due,
                        visit.confirmationKey()));
      }
    }
    // Walk-ins and callers who left no details, over the last two weeks.
    for (int day = 0; day < 14; day++) {
      int anonymous = 1 + random.nextInt(4);
      for (int k = 0; k < anonymous; k++) {
        em.persist(
            ContactRecord.anonymous(
                storeId,
                k % 3 == 0 ? ContactKind.PHONE_IN : ContactKind.VISIT,
                now.minus(Duration.ofDays(day)).minus(Duration.ofMinutes(30 + random.nextInt(400))),
                consultant,
                List.of(PURPOSES).get(random.nextInt(PURPOSES.length)),
                "未留资料"));
      }
    }
    em.flush();
  }
}
