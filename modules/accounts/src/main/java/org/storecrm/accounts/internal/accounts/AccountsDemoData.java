package org.storecrm.accounts.internal.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.storecrm.accounts.AccountSource;
import org.storecrm.accounts.AccountStatus;
import org.storecrm.accounts.ContactPerson;
import org.storecrm.accounts.NewAccount;
import org.storecrm.accounts.internal.receivables.InvoiceLedger;
import org.storecrm.platform.DemoData;

/**
 * Demo business clients of the flagship store for the demo account manager, with invoices brought
 * over from the old system at various ages (so the statement and the aging chart show every
 * bucket). The sweep puts the account with an overdue invoice on credit hold on its first run.
 */
@ApplicationScoped
public class AccountsDemoData implements DemoData {
  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject InvoiceLedger ledger;

  @Override
  public String module() {
    return "accounts";
  }

  @Override
  public int order() {
    return 50;
  }

  @Override
  public void seed() {
    long store = DemoData.storeId(em, "SH-FLAGSHIP");
    long manager = DemoData.userId(em, "accounts");
    LocalDate today = LocalDate.now(clock);
    Account logistics =
        account(
            store,
            manager,
            "上海东方物流有限公司",
            "Logistics",
            120,
            AccountStatus.KEY,
            AccountSource.REFERRAL,
            30,
            new BigDecimal("200000.00"),
            new ContactPerson("王建国", "行政总监", "13916001234", true));
    Account school =
        account(
            store,
            manager,
            "浦东新区实验学校",
            "Education",
            300,
            AccountStatus.ACTIVE,
            AccountSource.GOVERNMENT_PROCUREMENT,
            30,
            null,
            new ContactPerson("李秀英", "采购负责人", "13817002345", true));
    Account studio =
        account(
            store,
            manager,
            "静安设计工作室",
            "Design",
            15,
            AccountStatus.ACTIVE,
            AccountSource.WALK_IN,
            15,
            new BigDecimal("30000.00"),
            new ContactPerson("陈晓", "合伙人", "13601003456", true));
    account(
        store,
        manager,
        "徐汇律师事务所",
        "Legal",
        40,
        AccountStatus.PROSPECT,
        AccountSource.COLD_VISIT,
        30,
        null,
        new ContactPerson("赵敏", "办公室主任", "13700004567", false));
    em.flush();
    invoice(logistics, store, "48600.00", today.minusDays(10));
    invoice(logistics, store, "23500.00", today.minusDays(45));
    invoice(school, store, "96000.00", today.minusDays(28));
    invoice(school, store, "12800.00", today.minusDays(75));
    invoice(studio, store, "8900.00", today.minusDays(130));
  }

  private Account account(
      long store,
      long manager,
      String name,
      String industry,
      int employees,
      AccountStatus status,
      AccountSource source,
      int terms,
      BigDecimal limit,
      ContactPerson contact) {
    Account a =
        new Account(
            store,
            manager,
            new NewAccount(
                name,
                industry,
                employees,
                status,
                source,
                manager,
                terms,
                limit,
                store,
                List.of(contact)),
            clock.instant(),
            "demo");
    em.persist(a);
    return a;
  }

  private void invoice(Account account, long store, String amount, LocalDate issuedOn) {
    ledger.raise(
        null,
        account.id(),
        store,
        new BigDecimal(amount),
        issuedOn.atTime(11, 0).atZone(clock.getZone()).toInstant());
  }
}
