package org.storecrm.bundles.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storecrm.bundles.AttachRow;
import org.storecrm.sales.AttachFigure;
import org.storecrm.sales.Category;
import org.storecrm.sales.PenetrationFigure;

class AttachArithmeticTest {
  @Test
  void ratesOverSeveralGroups() {
    AttachRow row =
        AttachArithmetic.row(
            "1",
            "store",
            List.of(
                figure(3, 2, 5, "300.00", "1500.00", 1, 2, 3, 1),
                figure(1, 0, 0, "0.00", "500.00", 0, 0, 1, 2)));
    assertThat(row.mainSales()).isEqualTo(4);
    assertThat(row.attachedSales()).isEqualTo(2);
    assertThat(row.attachRate()).isEqualByComparingTo("50.0");
    assertThat(row.accessoriesPerSale()).isEqualByComparingTo("1.25");
    assertThat(row.profitShare()).isEqualByComparingTo("15.0");
    assertThat(row.declined()).isEqualTo(2);
    assertThat(row.notOffered()).isEqualTo(4);
    assertThat(row.accepted()).isEqualTo(3);
    assertThat(row.withoutProfit()).isEqualTo(1);
  }

  @Test
  void aReturnedAccessoryNoLongerCountsSoTheRateFalls() {
    // Before the return: 3 main sales, 2 with an accessory. The database leaves a fully returned
    // accessory line out, so the same orders come back with 1 attached sale and its margin gone.
    AttachRow before = AttachArithmetic.row("1", "s", List.of(figure(3, 2, 2, "80.00", "900.00")));
    AttachRow after = AttachArithmetic.row("1", "s", List.of(figure(3, 1, 1, "50.00", "870.00")));
    assertThat(before.attachRate()).isEqualByComparingTo("66.7");
    assertThat(after.attachRate()).isEqualByComparingTo("33.3");
    assertThat(after.profitShare()).isEqualByComparingTo("5.7");
  }

  @Test
  void accessoriesSoldWithoutAMainProductAreCreditedApartFromTheRate() {
    // A technician: one camera with a bag, and two routers (one at a loss) sold on installations.
    AttachFigure withCamera = figure(1, 1, 1, "40.00", "1040.00");
    AttachFigure alone =
        new AttachFigure(
            1,
            3,
            0,
            null,
            0,
            0,
            2,
            3,
            new BigDecimal("55.00"),
            new BigDecimal("55.00"),
            1,
            0,
            0,
            0,
            0);
    AttachRow row = AttachArithmetic.row("3", "tech", List.of(withCamera, alone));
    assertThat(row.soloSales()).isEqualTo(2);
    assertThat(row.soloUnits()).isEqualTo(3);
    assertThat(row.soloMargin()).isEqualByComparingTo("55.00");
    assertThat(row.withoutProfit()).isEqualTo(1);
    // The attach figures are the camera sale's only.
    assertThat(row.mainSales()).isEqualTo(1);
    assertThat(row.accessoryUnits()).isEqualTo(1);
    assertThat(row.attachRate()).isEqualByComparingTo("100.0");
    assertThat(row.accessoriesPerSale()).isEqualByComparingTo("1.00");
    assertThat(row.margin()).isEqualByComparingTo("1040.00");
    assertThat(row.profitShare()).isEqualByComparingTo("3.8");

    AttachRow onlyAlone = AttachArithmetic.row("3", "tech", List.of(alone));
    assertThat(onlyAlone.mainSales()).isZero();
    assertThat(onlyAlone.attachRate()).isEqualByComparingTo("0");
    assertThat(onlyAlone.soloUnits()).isEqualTo(3);
  }

  @Test
  void noMainSalesIsZeroNotADivisionByZero() {
    AttachRow row = AttachArithmetic.row("t", "t", List.of());
    assertThat(row.attachRate()).isEqualByComparingTo("0");
    assertThat(row.accessoriesPerSale()).isEqualByComparingTo("0");
    assertThat(row.profitShare()).isEqualByComparingTo("0");
  }

  @Test
  void aLossMakingOrderSetDoesNotGiveANegativeShare() {
    AttachRow row = AttachArithmetic.row("t", "t", List.of(figure(1, 1, 1, "-10.00", "-50.00")));
    assertThat(row.profitShare()).isEqualByComparingTo("0");
  }

  @Test
  void penetrationAddsUpTheSellersPeriodsAndIsNullWithoutEligibleDevices() {
    AttachRow row =
        AttachArithmetic.row(
            "t",
            "t",
            List.of(figure(2, 0, 0, "0.00", "900.00")),
            List.of(
                new PenetrationFigure(1, 7, 0, 2, 1),
                new PenetrationFigure(1, 8, 0, 1, 1),
                new PenetrationFigure(1, 7, 1, 3, 0)));
    assertThat(row.eligibleDevices()).isEqualTo(6);
    assertThat(row.devicesWithPlan()).isEqualTo(2);
    assertThat(row.planPenetration()).isEqualByComparingTo("33.3");
    assertThat(AttachArithmetic.row("t", "t", List.of()).planPenetration())
        .as("no eligible device sold: no rate rather than 0 %")
        .isNull();
    assertThat(PenetrationFigure.rate(2, 3)).isEqualByComparingTo("66.7");
    assertThat(PenetrationFigure.rate(1, 1)).isEqualByComparingTo("100.0");
  }

  private static AttachFigure figure(
      long main, long attached, long units, String accMargin, String margin) {
    return figure(main, attached, units, accMargin, margin, 0, 0, 0, 0);
  }

  private static AttachFigure figure(
      long main,
      long attached,
      long units,
      String accMargin,
      String margin,
      long loss,
      long declined,
      long notOffered,
      long accepted) {
    return new AttachFigure(
        1,
        2,
        0,
        Category.CAMERA,
        main,
        attached,
        0,
        units,
        new BigDecimal(accMargin),
        new BigDecimal(margin),
        loss,
        0,
        accepted,
        declined,
        notOffered);
  }
}
