package org.storecrm.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The manager's catalogue screens in Chinese: a CSV import whose fault is shown by row and column,
 * fixed and imported, then found in the catalogue and exported; a slow seller moved to clearance.
 */
@SystemTest
@ExtendWith(Browser.PerClass.class)
class CatalogueScreensIT {
  private static final String HEADER =
      "sku,category,name_en,name_zh,brand,price,cost,pricing_role,phase,launch_date,traffic_limit,active,on_hand\r\n";

  private final Browser browser;
  private final Api manager;

  CatalogueScreensIT(Browser browser, URI base) {
    this.browser = browser;
    this.manager = Api.as(base, "manager", "demo");
  }

  @Test
  void aFaultyFileIsShownRowByRowThenTheFixedFileIsImportedAndTheProductsAreInTheCatalogue()
      throws Exception {
    String sku = SalesApiIT.sku("UP");
    String good =
        HEADER
            + sku
            + "-1,TABLET,Import tablet,导入测试平板,Huawei,2999.00,2400.00,MAINSTREAM,INTRODUCTION,,,,6\r\n"
            + sku
            + "-2,ACCESSORY,Import pen,导入测试手写笔,Huawei,499.00,300.00,RESOURCE,INTRODUCTION,,,,\r\n";
    Path dir = Files.createTempDirectory("catalogue-import");
    Path bad = dir.resolve("bad.csv");
    Files.writeString(bad, good.replace("499.00", "四百九十九"), StandardCharsets.UTF_8);
    Path fixed = dir.resolve("fixed.csv");
    Files.writeString(fixed, good, StandardCharsets.UTF_8);

    browser.login("manager", "demo");
    browser.open("sales/catalogue.xhtml");
    browser.click("topbarForm:lang-zh"); // the demo manager's language, whatever came before
    browser.awaitText("page-title", "商品目录");
    browser.click("catalogueForm:importCsv");
    browser.awaitText("page-title", "导入商品目录");

    browser.upload("importForm:csvFile_input", bad);
    browser.awaitText("importForm:errors", "不是有效金额");
    String errors = browser.text("importForm:errors");
    assertThat(errors).contains("3", "price", "四百九十九");
    assertThat(browser.text("errorsTitle")).contains("1 处错误");
    assertThat(manager.get("products?q=" + sku).json().getInt("total"))
        .as("nothing is imported from a file with a fault")
        .isZero();

    browser.upload("importForm:csvFile_input", fixed);
    browser.awaitText("summary", "新增：2");
    assertThat(browser.text("importForm:preview")).contains("导入测试平板", "导入测试手写笔", "新增");
    browser.click("importForm:import");
    browser.awaitText("resultText", "已导入：新增 2，更新 0。");

    browser.click("importForm:back");
    browser.awaitText("page-title", "商品目录");
    browser.type("catalogueForm:products:globalFilter", sku);
    browser.awaitText("catalogueForm:products", "导入测试手写笔");
    assertThat(browser.text("catalogueForm:products")).contains("导入测试平板", sku + "-1");
    JsonObject tablet =
        manager.get("products?q=" + sku + "-1").json().getJsonArray("items").getJsonObject(0);
    assertThat(tablet.getInt("onHand")).isEqualTo(6);

    // The export writes what the list shows: the two imported products, under the header.
    browser.click("catalogueForm:exportCsv");
    byte[] csv = browser.awaitDownload(".csv");
    assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
    String text = new String(csv, StandardCharsets.UTF_8);
    assertThat(text.lines()).hasSize(3);
    assertThat(text).contains(HEADER).contains(sku + "-1,TABLET,Import tablet,导入测试平板");
  }

  @Test
  void theManagerMovesASlowSellerToClearanceFromThePricingMixScreen() {
    String sku = SalesApiIT.sku("SLW");
    Api.Reply created =
        manager.post(
            "products",
            """
            {"sku":"%s","name":"Idle camcorder","nameZh":"滞销摄像机","category":"CAMCORDER","price":3999.00,"cost":3200,"pricingRole":"MAINSTREAM","phase":"PLATEAU","launchedOn":"2025-01-01"}"""
                .formatted(sku));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    long id = created.json().getJsonNumber("id").longValue();
    assertThat(manager.put("products/" + id + "/stock", "{\"onHand\":4}").status()).isEqualTo(200);

    browser.login("manager", "demo");
    browser.open("sales/pricing-mix.xhtml");
    browser.click("topbarForm:lang-zh");
    browser.awaitText("slowTitle", "滞销商品");
    assertThat(browser.text("slowExplain")).contains("60", "2");
    browser.type("slowForm:slowSellers:globalFilter", sku);
    browser.awaitText("slowForm:slowSellers", "滞销摄像机");
    assertThat(browser.text("slowForm:slowSellers")).contains("12,800.00");
    browser.click("slowForm:slowSellers:0:clear");
    browser.awaitPageText(sku + " 已转入清仓期。");
    browser.awaitAbsentText("slowForm:slowSellers", "滞销摄像机");
    assertThat(manager.get("products/" + id).json().getString("phase")).isEqualTo("CLEARANCE");
  }
}
