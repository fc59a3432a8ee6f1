package org.storecrm.platform.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.transaction.TransactionalException;
import jakarta.transaction.UserTransaction;
import java.io.File;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.storecrm.it.RequiresDatabase;
import org.storecrm.platform.AuditTrail;
import org.storecrm.platform.AuditTrail.AuditedRecord;
import org.storecrm.platform.StoreCrmDatabase;
import org.storecrm.platform.StoreForm;
import org.storecrm.platform.internal.audit.AuditEvent;
import org.storecrm.platform.internal.notifications.Notice;
import org.storecrm.platform.internal.staff.StaffIdentityStore;
import org.storecrm.platform.internal.startup.PlatformDemoData;
import org.storecrm.platform.internal.startup.StartupTransactions;
import org.storecrm.platform.internal.stores.Store;

/**
 * The platform inside the real Payara Micro, on the run's database: migrations, demo data, logins,
 * optimistic locking and the audit trail. (In the platform's package, to reach its entities.)
 */
@ExtendWith(RequiresDatabase.class)
@ExtendWith(ArquillianExtension.class)
class PlatformIT {

  @Deployment
  static WebArchive deployment() {
    WebArchive war =
        ShrinkWrap.create(ZipImporter.class, "storecrm.war")
            .importFrom(new File(System.getProperty("storecrm.it.war")))
            .as(WebArchive.class)
            .addClasses(
                PlatformIT.class, RequiresDatabase.class, RequiresDatabase.Prerequisites.class);
    // Arquillian's test runner servlet must be reachable without a login.
    String webXml;
    try (var in = war.get("WEB-INF/web.xml").getAsset().openStream()) {
      webXml = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
    return war.setWebXML(
        new org.jboss.shrinkwrap.api.asset.StringAsset(
            webXml.replace(
                "<url-pattern>/login.xhtml</url-pattern>",
                "<url-pattern>/login.xhtml</url-pattern><url-pattern>/ArquillianServletRunnerEE9</url-pattern>")));
  }

  @PersistenceContext EntityManager em;
  @Inject UserTransaction transaction;
  @Inject @Readiness DatabaseReadiness readiness;
  @Inject StaffIdentityStore identityStore;
  @Inject AuditTrail audit;
  @Inject StartupTransactions startup;
  @Inject PlatformDemoData demoData;
  @Inject org.storecrm.platform.JobLeases leases;
  @Inject org.storecrm.platform.StaffNotices notices;

  @Resource(lookup = StoreCrmDatabase.DATASOURCE)
  DataSource dataSource;

  @Test
  void migrationsRanAndTheApplicationIsReady() throws Exception {
    assertEquals(HealthCheckResponse.Status.UP, readiness.call().getStatus());
    try (Connection connection = dataSource.getConnection();
        ResultSet versions =
            connection
                .createStatement()
                .executeQuery(
                    // Flyway quotes its names; H2 keeps their lower case.
                    "select \"version\" from \"plt_schema_history\" where \"success\" = true")) {
      List<String> applied = new ArrayList<>();
      while (versions.next()) {
        applied.add(versions.getString(1));
      }
      assertTrue(applied.contains("1"), "applied: " + applied);
    }
  }

  @Test
  void exactlyOneCallerGetsAJobLeaseForAPeriod() {
    String period = "test-" + System.nanoTime();
    assertTrue(leases.acquire("probe", period));
    assertFalse(leases.acquire("probe", period));
    assertTrue(leases.acquire("probe", period + "-next"));
  }

  @Test
  void demoDataIsSeededExactlyOnce() {
    startup.seedOnce(demoData);
    startup.seedOnce(demoData);
    assertEquals(
        1L,
        em.createQuery("select count(s) from Store s where s.code = 'SH-FLAGSHIP'", Long.class)
            .getSingleResult());
    assertEquals(
        1L,
        em.createQuery(
                "select count(u) from UserAccount u where u.username = 'consultant'", Long.class)
            .getSingleResult());
  }

  @Test
  void loginsAreCheckedAgainstPbkdf2HashesAndInactiveStaffCannotLogIn() throws Exception {
    CredentialValidationResult valid =
        identityStore.validate(new UsernamePasswordCredential("consultant", "demo"));
    assertEquals(CredentialValidationResult.Status.VALID, valid.getStatus());
    assertEquals(Set.of("CONSULTANT"), valid.getCallerGroups());
    assertEquals(
        CredentialValidationResult.Status.INVALID,
        identityStore.validate(new UsernamePasswordCredential("consultant", "Demo")).getStatus());
    assertEquals(
        CredentialValidationResult.Status.INVALID,
        identityStore.validate(new UsernamePasswordCredential("no.such.user", "demo")).getStatus());

    String hash =
        em.createQuery(
                "select u.passwordHash from UserAccount u where u.username = 'tech'", String.class)
            .getSingleResult();
    assertTrue(hash.startsWith("PBKDF2WithHmacSHA256:"), hash);
    assertFalse(hash.contains("demo"));

    setActive("plaza.consultant", false);
    try {
      assertEquals(
          CredentialValidationResult.Status.INVALID,
          identityStore
              .validate(new UsernamePasswordCredential("plaza.consultant", "demo"))
              .getStatus());
    } finally {
      setActive("plaza.consultant", true);
    }
  }

  @Test
  void aConcurrentEditOfTheSameStoreFailsInsteadOfOverwriting() throws Exception {
    Long id =
        em.createQuery("select s.id from Store s where s.code = 'CD-PLAZA'", Long.class)
            .getSingleResult();
    transaction.begin();
    Store stale = em.find(Store.class, id);
    StoreForm form =
        new StoreForm(
            stale.getCode(),
            "Renamed by the slower editor",
            null,
            "Southwest China",
            "Chengdu",
            null,
            null,
            null,
            true,
            null);
    transaction.commit();

    // Another session saves first.
    transaction.begin();
    em.createQuery(
            "update Store s set s.phone = '028-1', s.version = s.version + 1 where s.id = :id")
        .setParameter("id", id)
        .executeUpdate();
    transaction.commit();

    transaction.begin();
    OptimisticLockException lost = null;
    try {
      Store merged = em.merge(stale);
      merged.edit(form);
      em.flush();
    } catch (OptimisticLockException expected) {
      lost = expected;
    } finally {
      transaction.rollback();
    }
    assertNotNull(lost, "the stale version must not win");
    assertEquals(
        "Chengdu Tianfu Plaza Store",
        em.createQuery("select s.name from Store s where s.id = :id", String.class)
            .setParameter("id", id)
            .getSingleResult());
  }

  @Test
  void theAuditTrailRecordsWhoChangedWhatInTheChangesTransaction() throws Exception {
    String recordId = String.valueOf(System.nanoTime());
    transaction.begin();
    audit.changed(
        new AuditedRecord("Probe", recordId, null), Map.of("name", "old"), Map.of("name", "new"));
    audit.changed(
        new AuditedRecord("Probe", recordId, null), Map.of("name", "same"), Map.of("name", "same"));
    transaction.commit();

    transaction.begin();
    audit.created(new AuditedRecord("Probe", recordId + "-rolled-back", null), Map.of("name", "x"));
    transaction.rollback();

    List<AuditEvent> events =
        em.createQuery(
                "select e from AuditEvent e where e.recordType = 'Probe' and e.recordId like :id",
                AuditEvent.class)
            .setParameter("id", recordId + "%")
            .getResultList();
    assertEquals(1, events.size(), "only the real change, and nothing from the rolled-back one");
    var entry = events.get(0).toEntry();
    assertEquals("system", entry.username());
    assertEquals("UPDATE", entry.action());
    assertEquals("name: old → new", entry.changes());

    assertThrows(
        TransactionalException.class,
        () -> audit.created(new AuditedRecord("Probe", recordId, null), Map.of()),
        "an audit entry never stands alone outside a transaction");
  }

  @Test
  void aNoticeReachesEachActiveUserOfTheRoleOnceWhateverTheRepeats() throws Exception {
    long flagship =
        em.createQuery("select s.id from Store s where s.code = 'SH-FLAGSHIP'", Long.class)
            .getSingleResult();
    long managers =
        em.createQuery(
                "select count(u) from UserAccount u where u.store.id = :store"
                    + " and u.role = org.storecrm.platform.Role.MANAGER and u.active = true",
                Long.class)
            .setParameter("store", flagship)
            .getSingleResult();
    var notice =
        new org.storecrm.platform.NewNotice(
            "probe:" + System.nanoTime(),
            "org.storecrm.platform.messages",
            "topbar.notices",
            List.of("7"),
            "/index.xhtml");

    transaction.begin();
    int first = notices.postToRole(notice, flagship, org.storecrm.platform.Role.MANAGER);
    transaction.commit();
    transaction.begin();
    int again = notices.postToRole(notice, flagship, org.storecrm.platform.Role.MANAGER);
    long manager =
        em.createQuery("select u.id from UserAccount u where u.username = 'manager'", Long.class)
            .getSingleResult();
    boolean single = notices.post(notice, manager);
    transaction.commit();

    assertTrue(managers > 0, "the demo flagship has a manager");
    assertEquals(managers, first, "every active manager of the store, once");
    assertEquals(0, again, "a repeated post under the same key is ignored");
    assertFalse(single, "also when posted to one of them by id");
    Notice stored =
        em.createQuery(
                "select n from Notice n where n.key = :key and n.userId = :user", Notice.class)
            .setParameter("key", notice.key())
            .setParameter("user", manager)
            .getSingleResult();
    assertEquals("Notices (7 unread)", stored.text(java.util.Locale.ENGLISH));
    assertEquals("通知（7 条未读）", stored.text(java.util.Locale.SIMPLIFIED_CHINESE));

    transaction.begin();
    notices.postToRole(
        new org.storecrm.platform.NewNotice(
            notice.key() + "-rolled-back", notice.bundle(), notice.messageKey(), List.of(), null),
        flagship,
        org.storecrm.platform.Role.MANAGER);
    transaction.rollback();
    assertEquals(
        0L,
        em.createQuery("select count(n) from Notice n where n.key = :key", Long.class)
            .setParameter("key", notice.key() + "-rolled-back")
            .getSingleResult(),
        "a notice exists only when its cause committed");
  }

  private void setActive(String username, boolean active) throws Exception {
    transaction.begin();
    em.createQuery("update UserAccount u set u.active = :active where u.username = :username")
        .setParameter("active", active)
        .setParameter("username", username)
        .executeUpdate();
    transaction.commit();
  }
}
