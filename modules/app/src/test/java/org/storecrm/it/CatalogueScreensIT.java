package org.storecrm.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.storecrm.it.screens.CatalogueImportScreen;
import org.storecrm.it.screens.CatalogueScreen;
import org.storecrm.it.screens.Layout;
import org.storecrm.it.screens.PricingMixScreen;
import org.storecrm.it.screens.TopBar;

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
  private final Layout layout;
  private final CatalogueImportScreen catalogueImportScreen;
  private final CatalogueScreen catalogueScreen;
  private final PricingMixScreen pricingMixScreen;
  private final TopBar topBar;
  private final Api manager;

  CatalogueScreensIT(Browser browser, URI base) {
    this.browser = browser;
    this.layout = new Layout(browser);
    this.catalogueImportScreen = new CatalogueImportScreen(browser);
    this.catalogueScreen = new CatalogueScreen(browser);
    this.pricingMixScreen = new PricingMixScreen(browser);
    this.topBar = new TopBar(browser);
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
    topBar.langZh().click(); // the demo manager's language, whatever came before
    layout.title().awaitText("商品目录");
    catalogueScreen.importCsv().click();
    layout.title().awaitText("导入商品目录");

    catalogueImportScreen.csvFileInput().upload(bad);
    catalogueImportScreen.errors().awaitText("不是有效金额");
    String errors = catalogueImportScreen.errors().text();
    assertThat(errors).contains("3", "price", "四百九十九");
    assertThat(catalogueImportScreen.errorsTitle().text()).contains("1 处错误");
    assertThat(manager.get("products?q=" + sku).json().getInt("total"))
        .as("nothing is imported from a file with a fault")
        .isZero();

    catalogueImportScreen.csvFileInput().upload(fixed);
    catalogueImportScreen.summary().awaitText("新增：2");
    assertThat(catalogueImportScreen.preview().text()).contains("导入测试平板", "导入测试手写笔", "新增");
    catalogueImportScreen.importRows().click();
    catalogueImportScreen.resultText().awaitText("已导入：新增 2，更新 0。");

    catalogueImportScreen.back().click();
    layout.title().awaitText("商品目录");
    catalogueScreen.productsGlobalFilter().type(sku);
    catalogueScreen.products().awaitText("导入测试手写笔");
    assertThat(catalogueScreen.products().text()).contains("导入测试平板", sku + "-1");
    JsonObject tablet =
        manager.get("products?q=" + sku + "-1").json().getJsonArray("items").getJsonObject(0);
    assertThat(tablet.getInt("onHand")).isEqualTo(6);

    // The export writes what the list shows: the two imported products, under the header.
    catalogueScreen.exportCsv().click();
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
    topBar.langZh().click();
    pricingMixScreen.slowTitle().awaitText("滞销商品");
    assertThat(pricingMixScreen.slowExplain().text()).contains("60", "2");
    pricingMixScreen.slowSellersGlobalFilter().type(sku);
    pricingMixScreen.slowSellers().awaitText("滞销摄像机");
    assertThat(pricingMixScreen.slowSellers().text()).contains("12,800.00");
    pricingMixScreen.slowSellersClear(0).click();
    browser.awaitPageText(sku + " 已转入清仓期。");
    pricingMixScreen.slowSellers().awaitAbsentText("滞销摄像机");
    assertThat(manager.get("products/" + id).json().getString("phase")).isEqualTo("CLEARANCE");
  }
}
