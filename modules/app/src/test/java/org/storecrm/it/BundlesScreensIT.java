package org.storecrm.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The counter in Chinese with the attach checklist: a camera sold with two accessories accepted
 * (one typed in by its SKU before the checklist was answered) and one declined, a gift pack sold
 * from its receipt, and the store's attach figures moving on the manager's screen.
 */
@SystemTest
@ExtendWith(Browser.PerClass.class)
class BundlesScreensIT {
  private final Browser browser;
  private final Api manager;
  private final Api consultant;

  BundlesScreensIT(Browser browser, URI base) {
    this.browser = browser;
    this.manager = Api.as(base, "manager", "demo");
    this.consultant = Api.as(base, "consultant", "demo");
  }

  @Test
  void sellACameraWithItsChecklistAndSeeTheStoresAttachRateMove() {
    String sku = SalesApiIT.sku("CM");
    Api.Reply created =
        manager.post(
            "products",
            """
            {"sku":"%s","name":"Test Camera","nameZh":"测试相机","brand":"Test","category":"CAMERA","price":4999.00,"cost":4200,"pricingRole":"MAINSTREAM","phase":"PLATEAU"}"""
                .formatted(sku));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    long camera = created.json().getJsonNumber("id").longValue();
    assertThat(manager.put("products/" + camera + "/stock", "{\"onHand\":2}").status())
        .isEqualTo(200);
    // The checklist the counter will show, in its order (the consultant works in Chinese).
    List<JsonObject> advice =
        consultant
            .post(
                "checkout/advice",
                "{\"lines\":[{\"productId\":%d,\"quantity\":1}]}".formatted(camera))
            .structure()
            .asJsonArray()
            .getValuesAs(JsonObject.class);
    assertThat(advice).hasSizeGreaterThanOrEqualTo(3);
    String first = nameZh(advice.get(0));
    String second = nameZh(advice.get(1));

    browser.login("manager", "demo");
    browser.open("bundles/attach.xhtml");
    browser.awaitText("page-title", "配售率");
    long mainBefore = figure("mainSales");
    long attachedBefore = figure("attachedSales");
    browser.logout();

    browser.login("consultant", "demo");
    browser.open("bundles/checklist-print.xhtml?productId=" + camera);
    browser.awaitText("sheet-product", "测试相机");
    assertThat(browser.text("sheet-lines")).contains("存储卡", "相机包", "☐");

    browser.open("sales/checkout.xhtml");
    browser.type("counterForm:productQuery", sku);
    browser.click("counterForm:addProduct");
    browser.awaitText("counterForm:lines", "测试相机");
    browser.awaitText("counterForm:checklist", "存储卡");
    // The first entry's product typed in by its SKU before the checklist is answered: the entry
    // shows it accepted, linked to its basket line, not offered a second time.
    browser.type("counterForm:productQuery", sku(advice.get(0)));
    browser.click("counterForm:addProduct");
    browser.awaitText("counterForm:lines", first);
    browser.awaitText("counterForm:checklist:0:inBasket", "第 2 行");
    // Accepting puts the accessory into the basket at once.
    browser.clickLabel("counterForm:checklist:1:outcome:1");
    browser.awaitText("counterForm:lines", second);
    browser.awaitText("counterForm:checklist:1:inBasket", "第 3 行");
    browser.clickLabel("counterForm:checklist:2:outcome:2");
    // The camera's tick-box sheet prints from its basket line.
    assertThat(browser.text("counterForm:lines:0:printChecklist")).contains("打印配置单");
    assertThat(browser.waitFor("counterForm:lines:0:printChecklist").getAttribute("href"))
        .contains("bundles/checklist-print.xhtml?productId=" + camera);
    // The rest of the checklist is unanswered: the counter lists it instead of selling.
    browser.click("counterForm:submit");
    browser.awaitText("unansweredForm:unansweredDialog", "配置单未完成");
    assertThat(browser.text("unansweredForm:unansweredDialog"))
        .contains(advice.get(3).getString("family").split(":")[0]);
    browser.click("unansweredForm:answerThem");
    browser.awaitText("page-title", "收银开单");
    browser.click("counterForm:submit");
    browser.awaitText("unansweredForm:unansweredDialog", "配置单未完成");
    browser.click("unansweredForm:confirmNotOffered");
    browser.click("counterForm:receiptLink");
    browser.awaitText("page-title", "销售小票");
    assertThat(browser.text("receipt-lines")).contains("测试相机", first, second);
    long orderId = Long.parseLong(browser.text("receipt-order"));
    // The sale is closed: the receipt offers the camera's gift packs (bundles' demo data) and its
    // checklist sheet.
    assertThat(browser.text("offer-giftPacks")).contains("礼包");
    assertThat(browser.text("offer-checklist-" + camera)).contains("打印配置单", "测试相机");
    // A gift pack sold after it shows on its receipt as one line at the pack's price, its
    // components listed under it.
    browser.open("bundles/packs.xhtml?orderId=" + orderId);
    browser.click("packForm:packs:0:sell");
    browser.awaitText("page-title", "销售小票");
    // ... naming the camera's sale, whose attach figures count it.
    long packOrder = Long.parseLong(browser.text("receipt-order"));
    assertThat(packOrder).isNotEqualTo(orderId);
    assertThat(
            consultant.get("orders/" + packOrder).json().getJsonNumber("mainOrderId").longValue())
        .isEqualTo(orderId);
    assertThat(browser.text("receipt-main-order")).isEqualTo(String.valueOf(orderId));
    String packTotal = browser.text("receipt-total");
    List<String> rows = browser.text("receipt-lines").lines().toList();
    // Header, the pack's name, "gift pack" with the pack's price, then each component indented.
    assertThat(rows.get(2)).isEqualTo("礼包 " + packTotal);
    assertThat(rows.subList(3, rows.size()).stream().filter(r -> r.startsWith("· ")))
        .hasSizeGreaterThanOrEqualTo(2);
    assertThat(rows.subList(3, rows.size())).noneMatch(r -> r.matches(".*\\d+\\.\\d{2}.*"));
    List<JsonObject> checklist =
        consultant
            .get("orders/" + orderId)
            .json()
            .getJsonArray("checklist")
            .getValuesAs(JsonObject.class);
    assertThat(checklist.stream().filter(c -> c.getString("outcome").equals("ACCEPTED")))
        .hasSize(2);
    assertThat(checklist.stream().filter(c -> c.getString("outcome").equals("DECLINED")))
        .hasSize(1);
    assertThat(checklist.stream().filter(c -> c.getString("outcome").equals("NOT_OFFERED")))
        .hasSize(advice.size() - 3);
    browser.logout();

    browser.login("manager", "demo");
    browser.open("bundles/attach.xhtml");
    browser.awaitText("page-title", "配售率");
    assertThat(figure("mainSales")).isEqualTo(mainBefore + 1);
    assertThat(figure("attachedSales")).isEqualTo(attachedBefore + 1);
    browser.waitFor("kpiForm:consultantChart");
    // The total row, and the categories by their names in the viewer's language.
    assertThat(browser.text("kpiForm:total:0:label")).isEqualTo("合计");
    assertThat(Long.parseLong(browser.text("kpiForm:total:0:mainSales").trim()))
        .isGreaterThanOrEqualTo(figure("mainSales"));
    assertThat(browser.text("kpiForm:categories")).contains("相机").doesNotContain("CAMERA");
    // Every table exports to Excel.
    browser.click("kpiForm:export");
    assertThat(browser.awaitDownload("attach-consultants.xlsx")).isNotEmpty();
    browser.click("kpiForm:exportStores");
    assertThat(browser.awaitDownload("attach-stores.xlsx")).isNotEmpty();
    browser.click("kpiForm:exportTechnicians");
    assertThat(browser.awaitDownload("attach-technicians.xlsx")).isNotEmpty();
    browser.click("kpiForm:exportCategories");
    assertThat(browser.awaitDownload("attach-categories.xlsx")).isNotEmpty();
  }

  /** A figure of the store's row (the manager sees one store); zero while there is none. */
  private long figure(String column) {
    String table = browser.text("kpiForm:stores");
    if (!table.matches("(?s).*\\d.*")) {
      return 0;
    }
    return Long.parseLong(browser.text("kpiForm:stores:0:" + column).trim());
  }

  private String sku(JsonObject suggestion) {
    return consultant
        .get("products/" + suggestion.getJsonNumber("productId").longValue())
        .json()
        .getString("sku");
  }

  private String nameZh(JsonObject suggestion) {
    return consultant
        .get("products/" + suggestion.getJsonNumber("productId").longValue())
        .json()
        .getString("nameZh");
  }
}
