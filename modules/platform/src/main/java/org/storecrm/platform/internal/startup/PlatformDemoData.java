package org.storecrm.platform.internal.startup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import org.storecrm.platform.DemoData;
import org.storecrm.platform.Languages;
import org.storecrm.platform.Role;
import org.storecrm.platform.StoreForm;
import org.storecrm.platform.internal.staff.PasswordHashing;
import org.storecrm.platform.internal.staff.UserAccount;
import org.storecrm.platform.internal.stores.Store;

/**
 * Two stores in different regions and one demo user per role, all with the password {@code demo}
 * (documented in the README; demo users exist only when demo data is switched on).
 */
@ApplicationScoped
public class PlatformDemoData implements DemoData {
  public static final String DEMO_PASSWORD = "demo";

  @PersistenceContext EntityManager em;
  @Inject PasswordHashing passwords;
  @Inject Clock clock;

  @Override
  public String module() {
    return "platform";
  }

  @Override
  public int order() {
    return 0;
  }

  @Override
  public void seed() {
    Store flagship =
        store(
            new StoreForm(
                "SH-FLAGSHIP",
                "Shanghai Nanjing Road Flagship",
                "上海南京路旗舰店",
                "East China",
                "Shanghai",
                "800 Nanjing Road East, Huangpu",
                "黄浦区南京东路800号",
                "021-63510000",
                true,
                null));
    Store plaza =
        store(
            new StoreForm(
                "CD-PLAZA",
                "Chengdu Tianfu Plaza Store",
                "成都天府广场店",
                "Southwest China",
                "Chengdu",
                "Tianfu Square, Jinjiang",
                "锦江区天府广场",
                "028-86660000",
                true,
                null));
    String hash = passwords.hashDemoPassword(DEMO_PASSWORD);
    user("admin", hash, "Zhou Min (Head office)", Role.ADMIN, null, Languages.ENGLISH);
    user("manager", hash, "Li Na", Role.MANAGER, flagship, Languages.CHINESE);
    user("consultant", hash, "Wang Wei", Role.CONSULTANT, flagship, Languages.CHINESE);
    user("tech", hash, "Zhang Qiang", Role.SERVICE, flagship, Languages.CHINESE);
    user("accounts", hash, "Chen Jing", Role.ACCOUNT_MANAGER, flagship, Languages.ENGLISH);
    user("plaza.manager", hash, "Liu Yang", Role.MANAGER, plaza, Languages.CHINESE);
    user("plaza.consultant", hash, "Huang Lei", Role.CONSULTANT, plaza, Languages.CHINESE);
    user("plaza.tech", hash, "Zhao Gang", Role.SERVICE, plaza, Languages.CHINESE);
  }

  private Store store(StoreForm form) {
    Store store = new Store(form);
    em.persist(store);
    return store;
  }

  private void user(
      String username, String hash, String fullName, Role role, Store store, String language) {
    em.persist(new UserAccount(username, hash, fullName, role, store, language, clock.instant()));
  }
}
