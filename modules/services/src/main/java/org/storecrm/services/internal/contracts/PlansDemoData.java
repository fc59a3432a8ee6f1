package org.storecrm.services.internal.contracts;

import static org.storecrm.sales.Category.CAMCORDER;
import static org.storecrm.sales.Category.CAMERA;
import static org.storecrm.sales.Category.DESKTOP;
import static org.storecrm.sales.Category.NOTEBOOK;
import static org.storecrm.sales.Category.PHONE;
import static org.storecrm.sales.Category.TABLET;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Set;
import org.storecrm.platform.DemoData;
import org.storecrm.sales.Category;
import org.storecrm.services.CoverageKind;

/**
 * Every plan of the table in docs/domain.md ("Service plans and contracts"), sold through the demo
 * catalogue's service products (the sales demo data). The 2-year hardware warranty also serves
 * cameras (the domain's camera checklist names a 2-year warranty card); tablets take the digital
 * warranty.
 */
@ApplicationScoped
public class PlansDemoData implements DemoData {
  private static final Set<Category> PCS = Set.of(DESKTOP, NOTEBOOK);

  @PersistenceContext EntityManager em;

  @Override
  public String module() {
    return "service-plans";
  }

  @Override
  public int order() {
    return 40;
  }

  @Override
  public void seed() {
    plan("SILVER", "SV-PC-SILVER", CoverageKind.SOFTWARE, false, null, 1, PCS);
    plan("GOLD", "SV-PC-GOLD", CoverageKind.FULL, true, 36, 1, PCS);
    plan("DIAMOND", "SV-PC-DIAMOND", CoverageKind.SOFTWARE, true, null, 1, PCS);
    plan("BLUE_GOLD", "SV-BIZ-BLUEGOLD", CoverageKind.SOFTWARE, true, 12, 10, PCS);
    plan("BLUE_DIAMOND", "SV-BIZ-BLUEDIAMOND", CoverageKind.SOFTWARE, true, null, 10, PCS);
    plan(
        "DIGITAL_1Y",
        "SV-DIG-1Y",
        CoverageKind.HARDWARE,
        false,
        12,
        1,
        Set.of(CAMERA, CAMCORDER, TABLET));
    plan("HW_1Y", "SV-EXT-1Y", CoverageKind.HARDWARE, false, 12, 1, PCS);
    plan(
        "HW_2Y",
        "SV-EXT-2Y",
        CoverageKind.HARDWARE,
        false,
        24,
        1,
        Set.of(DESKTOP, NOTEBOOK, CAMERA, CAMCORDER));
    plan("PHONE_EXT", "SV-PH-EXT", CoverageKind.HARDWARE, false, 12, 1, Set.of(PHONE));
    plan("PHONE_SCREEN", "SV-PH-SCREEN", CoverageKind.SCREEN, false, 12, 1, Set.of(PHONE));
  }

  private void plan(
      String code,
      String sku,
      CoverageKind coverage,
      boolean onSite,
      Integer termMonths,
      int deviceLimit,
      Set<Category> categories) {
    @SuppressWarnings("unchecked")
    List<Object[]> found =
        em.createNativeQuery("SELECT id, name, name_zh FROM sal_product WHERE sku = ?1")
            .setParameter(1, sku)
            .getResultList();
    if (found.isEmpty()) {
      return; // a catalogue without this product: the plan waits for a manager
    }
    Object[] product = found.get(0);
    em.persist(
        new ServicePlanRecord(
            code,
            ((Number) product[0]).longValue(),
            (String) product[1],
            (String) product[2],
            coverage,
            onSite,
            termMonths,
            deviceLimit,
            categories));
  }
}
