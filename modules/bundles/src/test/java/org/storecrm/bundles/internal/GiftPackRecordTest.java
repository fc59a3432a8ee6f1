package org.storecrm.bundles.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storecrm.sales.Category;

/** What a gift pack keeps of the manager's entries, and when its parts change. */
class GiftPackRecordTest {
  private static GiftPackRecord pack(List<GiftPackRecord.Part> parts) {
    return new GiftPackRecord(" Phone care ", "  ", new BigDecimal("99"), Category.PHONE, parts);
  }

  @Test
  void namesAreTrimmedABlankChineseNameIsNoneAndThePriceHasCents() {
    GiftPackRecord pack = pack(List.of(new GiftPackRecord.Part(7L, 1)));
    assertThat(pack.name()).isEqualTo("Phone care");
    assertThat(pack.nameZh()).isNull();
    assertThat(pack.price()).isEqualByComparingTo("99").hasToString("99.00");
    assertThat(pack.active()).isTrue();
    assertThat(pack.auditState())
        .containsEntry("components", "1x7")
        .containsEntry("status", "ACTIVE");
  }

  @Test
  void anEditThatKeepsThePartsLeavesTheirListAlone() {
    GiftPackRecord pack =
        pack(List.of(new GiftPackRecord.Part(7L, 1), new GiftPackRecord.Part(8L, 2)));
    List<GiftPackRecord.Part> before = pack.parts();
    pack.edit(
        "Phone care plus",
        "手机护理",
        new BigDecimal("89.5"),
        null,
        true,
        List.of(new GiftPackRecord.Part(7L, 1), new GiftPackRecord.Part(8L, 2)));
    assertThat(pack.parts()).containsExactlyElementsOf(before);
    assertThat(pack.name()).isEqualTo("Phone care plus");
    assertThat(pack.nameZh()).isEqualTo("手机护理");
    assertThat(pack.price()).hasToString("89.50");
    assertThat(pack.forCategory()).isNull();
  }

  @Test
  void anEditThatChangesAQuantityOrTheOrderReplacesTheParts() {
    GiftPackRecord pack =
        pack(List.of(new GiftPackRecord.Part(7L, 1), new GiftPackRecord.Part(8L, 2)));
    editParts(pack, new GiftPackRecord.Part(8L, 2), new GiftPackRecord.Part(7L, 1));
    assertThat(pack.auditState()).containsEntry("components", "2x8,1x7");
    editParts(pack, new GiftPackRecord.Part(8L, 3), new GiftPackRecord.Part(7L, 1));
    assertThat(pack.auditState()).containsEntry("components", "3x8,1x7");
  }

  private static void editParts(GiftPackRecord pack, GiftPackRecord.Part... parts) {
    pack.edit("Phone care", null, new BigDecimal("99"), Category.PHONE, true, List.of(parts));
  }

  @Test
  void aRetiredPackIsNotActiveAndCanReturn() {
    GiftPackRecord pack = pack(List.of(new GiftPackRecord.Part(7L, 1)));
    pack.edit("Phone care", null, new BigDecimal("99"), Category.PHONE, false, pack.parts());
    assertThat(pack.active()).isFalse();
    assertThat(pack.auditState()).containsEntry("status", "RETIRED");
    pack.edit("Phone care", null, new BigDecimal("99"), Category.PHONE, true, pack.parts());
    assertThat(pack.active()).isTrue();
  }
}
