package org.storecrm.sales.internal.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storecrm.sales.Category;
import org.storecrm.sales.LifecyclePhase;
import org.storecrm.sales.PricingRole;
import org.storecrm.sales.ProductView;
import org.storecrm.sales.RowError;

class ProductCsvTest {
  private static final String HEADER =
      "sku,category,name_en,name_zh,brand,price,cost,pricing_role,phase,launch_date,traffic_limit,active,on_hand\r\n";

  @Test
  void aProductIsWrittenAsARowAndReadBackTheSame() {
    ProductView product =
        new ProductView(
            7,
            "NB-LEN-X1",
            "ThinkPad X1, 14\" \"Carbon\"",
            "联想 ThinkPad X1",
            "Lenovo",
            Category.NOTEBOOK,
            new BigDecimal("9999.00"),
            new BigDecimal("8100.50"),
            PricingRole.TRAFFIC,
            LifecyclePhase.INTRODUCTION,
            LocalDate.of(2026, 3, 1),
            5,
            false,
            12,
            3,
            4);
    StringWriter out = new StringWriter();
    Csv.write(out, ProductCsv.COLUMNS);
    Csv.write(out, ProductCsv.fields(product));
    ProductCsv.Result read = ProductCsv.read(out.toString(), 10, true);
    assertThat(read.errors()).isEmpty();
    assertThat(read.rows())
        .containsExactly(
            new ProductCsv.Row(
                2,
                "NB-LEN-X1",
                "ThinkPad X1, 14\" \"Carbon\"",
                "联想 ThinkPad X1",
                "Lenovo",
                Category.NOTEBOOK,
                new BigDecimal("9999.00"),
                new BigDecimal("8100.50"),
                PricingRole.TRAFFIC,
                LifecyclePhase.INTRODUCTION,
                LocalDate.of(2026, 3, 1),
                5,
                false,
                12));
  }

  @Test
  void headOfficeExportsNoStockAndServicesNeverHaveAny() {
    ProductView service = view("SV-GOLD", Category.SERVICE, 0);
    assertThat(ProductCsv.fields(service).get(12)).isEmpty();
    ProductView headOffice = view("PH-1", Category.PHONE, null);
    assertThat(ProductCsv.fields(headOffice).get(12)).isEmpty();
    assertThat(ProductCsv.fields(view("PH-1", Category.PHONE, 4)).get(12)).isEqualTo("4");
  }

  @Test
  void textThatASpreadsheetWouldRunAsAFormulaIsWrittenBehindAnApostropheAndReadWithout() {
    ProductView sneaky =
        new ProductView(
            1,
            "X-1",
            "=HYPERLINK(\"http://evil\")",
            "+86 特价",
            "@brand",
            Category.ACCESSORY,
            BigDecimal.ONE.setScale(2),
            BigDecimal.ONE.setScale(2),
            PricingRole.MAINSTREAM,
            LifecyclePhase.PLATEAU,
            null,
            null,
            true,
            null,
            null,
            0);
    List<String> fields = ProductCsv.fields(sneaky);
    assertThat(fields.subList(2, 5))
        .containsExactly("'=HYPERLINK(\"http://evil\")", "'+86 特价", "'@brand");
    StringWriter out = new StringWriter();
    Csv.write(out, ProductCsv.COLUMNS);
    Csv.write(out, fields);
    ProductCsv.Row row = ProductCsv.read(out.toString(), 10, false).rows().get(0);
    assertThat(row.name()).isEqualTo("=HYPERLINK(\"http://evil\")");
    assertThat(row.nameZh()).isEqualTo("+86 特价");
    assertThat(row.brand()).isEqualTo("@brand");
    assertThat(ProductCsv.unguarded("'plain")).as("only a guard is taken off").isEqualTo("'plain");
  }

  @Test
  void everyFaultOfEveryRowIsListedWithRowColumnAndCode() {
    String file =
        HEADER
            + "OK-1,PHONE,Phone,手机,Brand,1999.00,1500,MAINSTREAM,PLATEAU,,,,\r\n"
            + "BAD-2,FRIDGE,Fridge,,,abc,-5,MAINSTREAM,PLATEAU,2026-13-01,,,\r\n"
            + ",PHONE,,,,1,1,CHEAP,SOON,,,maybe,-1\r\n"
            + "ok-1,PHONE,Twin,,,1,1,MAINSTREAM,PLATEAU,,,,\r\n"
            + "OK-5,PHONE,Limited,,,1,1,MAINSTREAM,PLATEAU,,3,,\r\n"
            + "SV-6,SERVICE,Care,,,1,1,MAINSTREAM,PLATEAU,,,,2\r\n"
            + "OK-7,PHONE,Wide,,,1,1,MAINSTREAM,PLATEAU,,,,,,surplus\r\n";
    ProductCsv.Result read = ProductCsv.read(file, 100, true);
    assertThat(read.rows()).extracting(ProductCsv.Row::sku).containsExactly("OK-1");
    assertThat(read.errors())
        .extracting(RowError::row, RowError::column, RowError::code)
        .containsExactly(
            tuple(3, "category", "sales.import.unknownCategory"),
            tuple(3, "price", "sales.import.badAmount"),
            tuple(3, "cost", "sales.import.negative"),
            tuple(3, "launch_date", "sales.import.badDate"),
            tuple(4, "sku", "sales.import.required"),
            tuple(4, "name_en", "sales.import.required"),
            tuple(4, "pricing_role", "sales.import.unknownRole"),
            tuple(4, "phase", "sales.import.unknownPhase"),
            tuple(4, "active", "sales.import.badFlag"),
            tuple(4, "on_hand", "sales.import.badCount"),
            tuple(5, "sku", "sales.import.duplicateSku"),
            tuple(6, "traffic_limit", "sales.import.trafficOnly"),
            tuple(7, "on_hand", "sales.import.notStocked"),
            tuple(8, null, "sales.import.fieldCount"));
    RowError category = read.errors().get(0);
    assertThat(category.value()).isEqualTo("FRIDGE");
    assertThat(category.message())
        .isEqualTo(
            "Unknown category FRIDGE; use one of DESKTOP, NOTEBOOK, PHONE, TABLET, CAMERA,"
                + " CAMCORDER, ACCESSORY, SOFTWARE, SERVICE.");
    assertThat(read.errors().get(10).message()).isEqualTo("SKU OK-1 appears already in row 2.");
    assertThat(read.dataRows()).isEqualTo(7);
  }

  @Test
  void headOfficeHasNoStoreStockToCount() {
    ProductCsv.Result read =
        ProductCsv.read(HEADER + "A-1,PHONE,P,,,1,1,MAINSTREAM,PLATEAU,,,,3\r\n", 10, false);
    assertThat(read.errors())
        .extracting(RowError::row, RowError::column, RowError::code)
        .containsExactly(tuple(2, "on_hand", "sales.import.headOfficeStock"));
  }

  @Test
  void theHeaderNamesColumnsInAnyOrderAndMayLeaveOutTheOptionalOnes() {
    ProductCsv.Result read =
        ProductCsv.read(
            "\uFEFFPrice,SKU,category,name_en,cost,pricing_role,phase\n"
                + "12.5,acc-1,accessory,Cable,3,resource,introduction\n"
                + "\n",
            10,
            true);
    assertThat(read.errors()).isEmpty();
    assertThat(read.has(ProductCsv.NAME_ZH)).isFalse();
    ProductCsv.Row row = read.rows().get(0);
    assertThat(row.sku()).isEqualTo("ACC-1");
    assertThat(row.price()).isEqualTo(new BigDecimal("12.50"));
    assertThat(row.category()).isEqualTo(Category.ACCESSORY);
    assertThat(row.pricingRole()).isEqualTo(PricingRole.RESOURCE);
    assertThat(row.active()).isNull();
    assertThat(row.onHand()).isNull();
  }

  @Test
  void spreadsheetHabitsAreTakenDatesWithSlashesUpperCaseFlagsAndTrailingEmptyCells() {
    ProductCsv.Result read =
        ProductCsv.read(
            HEADER + "A-1,PHONE,P,,,1,1,TRAFFIC,PLATEAU,2026/3/1,2,TRUE,0,,\r\n", 10, true);
    assertThat(read.errors()).isEmpty();
    ProductCsv.Row row = read.rows().get(0);
    assertThat(row.launchedOn()).isEqualTo(LocalDate.of(2026, 3, 1));
    assertThat(row.trafficLimit()).isEqualTo(2);
    assertThat(row.active()).isTrue();
    assertThat(row.onHand()).isZero();
  }

  @Test
  void theHeaderMustNameTheRequiredColumnsOnceAndNoOthers() {
    ProductCsv.Result read = ProductCsv.read("sku,sku,colour,price\r\nA,A,red,1\r\n", 10, true);
    assertThat(read.rows()).isEmpty();
    assertThat(read.errors())
        .extracting(RowError::row, RowError::column, RowError::code)
        .containsExactly(
            tuple(1, "sku", "sales.import.duplicateColumn"),
            tuple(1, "colour", "sales.import.unknownColumn"),
            tuple(1, "category", "sales.import.missingColumn"),
            tuple(1, "name_en", "sales.import.missingColumn"),
            tuple(1, "cost", "sales.import.missingColumn"),
            tuple(1, "pricing_role", "sales.import.missingColumn"),
            tuple(1, "phase", "sales.import.missingColumn"));
  }

  @Test
  void anEmptyFileAFileWithoutRowsAndTooManyRowsAreFaultsOfTheFile() {
    assertThat(ProductCsv.read("", 10, true).errors())
        .extracting(RowError::code)
        .containsExactly("sales.import.empty");
    assertThat(ProductCsv.read(HEADER + "\r\n", 10, true).errors())
        .extracting(RowError::code)
        .containsExactly("sales.import.empty");
    String row = "A-%d,PHONE,P,,,1,1,MAINSTREAM,PLATEAU,,,,\r\n";
    String three = HEADER + row.formatted(1) + row.formatted(2) + row.formatted(3);
    assertThat(ProductCsv.read(three, 3, true).errors()).isEmpty();
    assertThat(ProductCsv.read(three, 2, true).errors())
        .extracting(RowError::row, RowError::code)
        .containsExactly(tuple(4, "sales.import.tooManyRows"));
  }

  @Test
  void aBrokenQuoteIsAFaultOfItsRow() {
    assertThat(ProductCsv.read(HEADER + "A-1,\"PHONE,P\r\n", 10, true).errors())
        .extracting(RowError::row, RowError::code)
        .containsExactly(tuple(2, "sales.import.unclosedQuote"));
  }

  @Test
  void valuesAreCheckedForLengthFormatAndRange() {
    String longName = "n".repeat(121);
    ProductCsv.Result read =
        ProductCsv.read(
            HEADER
                + "bad sku!,PHONE,"
                + longName
                + ",,,1.234,12345678901,MAINSTREAM,PLATEAU,,,,\r\n"
                + "T-2,PHONE,T,,,1,1,TRAFFIC,PLATEAU,,0,,\r\n"
                + "D-3,PHONE,D,,,1,1,MAINSTREAM,PLATEAU,2026-02-30,,,\r\n"
                + "D-4,PHONE,D,,,1,1,MAINSTREAM,PLATEAU,2026/2/29,,,\r\n",
            10,
            true);
    assertThat(read.errors())
        .extracting(RowError::row, RowError::column, RowError::code)
        .containsExactly(
            tuple(2, "sku", "sales.import.badSku"),
            tuple(2, "name_en", "sales.import.tooLong"),
            tuple(2, "price", "sales.import.badAmount"),
            tuple(2, "cost", "sales.import.badAmount"),
            tuple(3, "traffic_limit", "sales.import.badCount"),
            tuple(4, "launch_date", "sales.import.badDate"),
            tuple(5, "launch_date", "sales.import.badDate"));
    assertThat(read.errors().get(4).message()).isEqualTo("0 is not a whole number of at least 1.");
  }

  private static org.assertj.core.groups.Tuple tuple(Object... values) {
    return org.assertj.core.groups.Tuple.tuple(values);
  }

  private static ProductView view(String sku, Category category, Integer onHand) {
    return new ProductView(
        1,
        sku,
        "Name",
        null,
        null,
        category,
        BigDecimal.TEN.setScale(2),
        BigDecimal.ONE.setScale(2),
        PricingRole.MAINSTREAM,
        LifecyclePhase.PLATEAU,
        null,
        null,
        true,
        onHand,
        onHand == null ? null : 0,
        0);
  }
}
