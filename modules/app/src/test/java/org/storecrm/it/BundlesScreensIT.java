package org.storecrm.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.storecrm.it.screens.AttachScreen;
import org.storecrm.it.screens.ChecklistSheetScreen;
import org.storecrm.it.screens.CounterScreen;
import org.storecrm.it.screens.Layout;
import org.storecrm.it.screens.PacksScreen;
import org.storecrm.it.screens.ReceiptScreen;

/**
 * The counter in Chinese with the attach checklist: a camera sold with two accessories accepted
 * (one typed in by its SKU before the checklist was answered) and one declined, a gift pack sold
 * from its receipt, and the store's attach figures moving on the manager's screen.
 */
@SystemTest
@ExtendWith(Browser.PerClass.class)
class BundlesScreensIT {
  private final Browser browser;
  private final ReceiptScreen receiptScreen;
  private final Layout layout;
  private final ChecklistSheetScreen checklistSheetScreen;
  private final AttachScreen attachScreen;
  private final CounterScreen counterScreen;
  private final PacksScreen packsScreen;
  private final Api manager;
  private final Api consultant;

  BundlesScreensIT(Browser browser, URI base) {
    this.browser = browser;
    this.receiptScreen = new ReceiptScreen(browser);
    this.layout = new Layout(browser);
    this.checklistSheetScreen = new ChecklistSheetScreen(browser);
    this.attachScreen = new AttachScreen(browser);
    this.counterScreen = new CounterScreen(browser);
    this.packsScreen = new PacksScreen(browser);
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
    layout.title().awaitText("配售率");
    long mainBefore = figure("mainSales");
    long attachedBefore = figure("attachedSales");
    browser.logout();

    browser.login("consultant", "demo");
    browser.open("bundles/checklist-print.xhtml?productId=" + camera);
    checklistSheetScreen.product().awaitText("测试相机");
    assertThat(checklistSheetScreen.lines().text()).contains("存储卡", "相机包", "☐");

    browser.open("sales/checkout.xhtml");
    counterScreen.add(sku);
    counterScreen.lines().awaitText("测试相机");
    counterScreen.checklist().awaitText("存储卡");
    // The first entry's product typed in by its SKU before the checklist is answered: the entry
    // shows it accepted, linked to its basket line, not offered a second time.
    counterScreen.add(sku(advice.get(0)));
    counterScreen.lines().awaitText(first);
    counterScreen.checklistInBasket(0).awaitText("第 2 行");
    // Accepting puts the accessory into the basket at once.
    counterScreen.checklistOutcome(1, 1).clickLabel();
    counterScreen.lines().awaitText(second);
    counterScreen.checklistInBasket(1).awaitText("第 3 行");
    counterScreen.checklistOutcome(2, 2).clickLabel();
    // The camera's tick-box sheet prints from its basket line.
    assertThat(counterScreen.linesPrintChecklist(0).text()).contains("打印配置单");
    assertThat(counterScreen.linesPrintChecklist(0).waitFor().getAttribute("href"))
        .contains("bundles/checklist-print.xhtml?productId=" + camera);
    // The rest of the checklist is unanswered: the counter lists it instead of selling.
    counterScreen.submit().click();
    counterScreen.unansweredDialog().awaitText("配置单未完成");
    assertThat(counterScreen.unansweredDialog().text())
        .contains(advice.get(3).getString("family").split(":")[0]);
    counterScreen.answerThem().click();
    layout.title().awaitText("收银开单");
    counterScreen.submit().click();
    counterScreen.unansweredDialog().awaitText("配置单未完成");
    counterScreen.confirmNotOffered().click();
    counterScreen.receiptLink().click();
    layout.title().awaitText("销售小票");
    assertThat(receiptScreen.lines().text()).contains("测试相机", first, second);
    long orderId = Long.parseLong(receiptScreen.order().text());
    // The sale is closed: the receipt offers the camera's gift packs (bundles' demo data) and its
    // checklist sheet.
    assertThat(receiptScreen.offer("giftPacks").text()).contains("礼包");
    assertThat(receiptScreen.offer("checklist-" + camera).text()).contains("打印配置单", "测试相机");
    // A gift pack sold after it shows on its receipt as one line at the pack's price, its
    // components listed under it.
    browser.open("bundles/packs.xhtml?orderId=" + orderId);
    packsScreen.packsSell(0).click();
    layout.title().awaitText("销售小票");
    // ... naming the camera's sale, whose attach figures count it.
    long packOrder = Long.parseLong(receiptScreen.order().text());
    assertThat(packOrder).isNotEqualTo(orderId);
    assertThat(
            consultant.get("orders/" + packOrder).json().getJsonNumber("mainOrderId").longValue())
        .isEqualTo(orderId);
    assertThat(receiptScreen.mainOrder().text()).isEqualTo(String.valueOf(orderId));
    String packTotal = receiptScreen.total().text();
    List<String> rows = receiptScreen.lines().text().lines().toList();
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
    layout.title().awaitText("配售率");
    assertThat(figure("mainSales")).isEqualTo(mainBefore + 1);
    assertThat(figure("attachedSales")).isEqualTo(attachedBefore + 1);
    attachScreen.consultantChart().waitFor();
    // The total row, and the categories by their names in the viewer's language.
    assertThat(attachScreen.totalLabel(0).text()).isEqualTo("合计");
    assertThat(Long.parseLong(attachScreen.totalMainSales(0).text().trim()))
        .isGreaterThanOrEqualTo(figure("mainSales"));
    assertThat(attachScreen.categories().text()).contains("相机").doesNotContain("CAMERA");
    // Every table exports to Excel.
    attachScreen.export().click();
    assertThat(browser.awaitDownload("attach-consultants.xlsx")).isNotEmpty();
    attachScreen.exportStores().click();
    assertThat(browser.awaitDownload("attach-stores.xlsx")).isNotEmpty();
    attachScreen.exportTechnicians().click();
    assertThat(browser.awaitDownload("attach-technicians.xlsx")).isNotEmpty();
    attachScreen.exportCategories().click();
    assertThat(browser.awaitDownload("attach-categories.xlsx")).isNotEmpty();
  }

  /** A figure of the store's row (the manager sees one store); zero while there is none. */
  private long figure(String column) {
    String table = attachScreen.stores().text();
    if (!table.matches("(?s).*\\d.*")) {
      return 0;
    }
    return Long.parseLong(attachScreen.storesCell(0, column).text().trim());
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
