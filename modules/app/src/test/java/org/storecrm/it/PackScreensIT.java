package org.storecrm.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URI;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The manager keeps the gift packs on screen (in Chinese): creates one from SKUs, has a price above
 * the products' total and an unknown SKU refused at their fields, loses a race to a colleague's
 * edit without overwriting it, and retires the pack. Head office picks a store on the attach
 * screen.
 */
@SystemTest
@ExtendWith(Browser.PerClass.class)
class PackScreensIT {
  private final Browser browser;
  private final Api manager;
  private final Api consultant;

  PackScreensIT(Browser browser, URI base) {
    this.browser = browser;
    manager = Api.as(base, "manager", "demo");
    consultant = Api.as(base, "consultant", "demo");
  }

  @Test
  void theManagerCreatesEditsAndRetiresAPack() {
    String bag = SalesApiIT.sku("PB");
    String mouse = SalesApiIT.sku("PM");
    product(bag, "ACCESSORY", "300.00");
    product(mouse, "ACCESSORY", "120.00");
    String name = "Screen pack " + PlatformApiIT.suffix();

    browser.login("manager", "demo"); // the demo manager works in Chinese
    browser.open("bundles/packs.xhtml");
    browser.awaitText("page-title", "礼包");
    browser.click("packEditForm:newPack");
    browser.type("packEditForm:name", name);
    browser.type("packEditForm:nameZh", "屏幕礼包");
    browser.type("packEditForm:price_input", "380");
    browser.select("packEditForm:forCategory", "笔记本");
    browser.type("packEditForm:components:0:sku", bag);
    browser.type("packEditForm:components:1:sku", "NO-SUCH-SKU");
    browser.click("packEditForm:save");
    browser.awaitText("packEditForm:components:1:sku_message", "没有编码为 NO-SUCH-SKU 的商品");
    browser.type("packEditForm:components:1:sku", mouse);
    browser.click("packEditForm:save");
    browser.awaitText("packEditForm:messages", "礼包已保存：屏幕礼包");
    assertThat(browser.text("packEditForm:allPacks")).contains("屏幕礼包", bag, mouse, "380.00");

    JsonObject pack = packNamed(name);
    long id = pack.getJsonNumber("id").longValue();
    assertThat(Api.decimal(pack, "price")).isEqualByComparingTo("380");
    assertThat(pack.getString("forCategory")).isEqualTo("NOTEBOOK");
    assertThat(pack.getJsonArray("components")).hasSize(2);

    // Above what the products cost one by one: refused next to the price.
    browser.open("bundles/packs.xhtml?edit=" + id);
    browser.waitFor("packEditForm:editor");
    browser.retype("packEditForm:price_input", "421");
    browser.click("packEditForm:save");
    browser.awaitText("packEditForm:price_message", "礼包价格不能高于单买总价");
    browser.retype("packEditForm:price_input", "399");
    browser.click("packEditForm:save");
    browser.awaitText("packEditForm:messages", "礼包已保存");
    assertThat(Api.decimal(packNamed(name), "price")).isEqualByComparingTo("399");

    // A colleague changes the pack while it is open here: the stale edit is refused, not merged.
    browser.open("bundles/packs.xhtml?edit=" + id);
    browser.waitFor("packEditForm:editor");
    JsonObject current = packNamed(name);
    Api.Reply colleague =
        manager.put(
            "bundles/packs/" + id,
            """
            {"name":"%s","nameZh":"屏幕礼包","price":350,"forCategory":"NOTEBOOK","components":[{"productId":%d,"quantity":1},{"productId":%d,"quantity":1}],"active":true,"version":%d}"""
                .formatted(
                    name,
                    componentId(current, 0),
                    componentId(current, 1),
                    current.getJsonNumber("version").longValue()));
    assertThat(colleague.status()).as(colleague.toString()).isEqualTo(200);
    browser.retype("packEditForm:price_input", "300");
    browser.click("packEditForm:save");
    browser.awaitText("packEditForm:messages", "此记录在您打开后已被他人修改");
    assertThat(Api.decimal(packNamed(name), "price")).isEqualByComparingTo("350");

    // Retired: still kept for the manager, no longer offered at the counter.
    browser.open("bundles/packs.xhtml?edit=" + id);
    browser.waitFor("packEditForm:editor");
    browser.select("packEditForm:active", "已停售");
    browser.click("packEditForm:save");
    browser.awaitText("packEditForm:messages", "礼包已停售：屏幕礼包");
    assertThat(packNamed(name).getBoolean("active")).isFalse();
    assertThat(consultant.get("bundles/packs").structure().toString()).doesNotContain(name);
    browser.logout();

    // Store staff sell packs; they do not keep them.
    browser.login("consultant", "demo");
    browser.open("bundles/packs.xhtml");
    browser.waitFor("packForm:packs");
    assertThat(browser.pageText()).doesNotContain("礼包管理").doesNotContain("屏幕礼包");
    browser.open("bundles/packs.xhtml?edit=" + id);
    browser.waitFor("packForm:packs");
    assertThat(browser.pageText()).doesNotContain("礼包管理");
    browser.open("bundles/attach.xhtml");
    browser.waitFor("error-403");
  }

  @Test
  void headOfficePicksAStoreOnTheAttachScreen() {
    // A main-product sale in the flagship, so that the flagship has a row this month.
    String sku = SalesApiIT.sku("AT");
    long notebook = product(sku, "NOTEBOOK", "4999.00");
    Api.Reply sold =
        consultant.post(
            "orders",
            SalesApiIT.order(notebook, 1, null),
            "Idempotency-Key",
            UUID.randomUUID().toString());
    assertThat(sold.status()).as(sold.toString()).isEqualTo(201);

    browser.login("admin", "demo"); // head office works in English
    browser.open("bundles/attach.xhtml");
    browser.awaitText("page-title", "Attach rate");
    browser.awaitText("kpiForm:stores", "Shanghai Nanjing Road Flagship");
    browser.select("kpiForm:storeId", "Chengdu Tianfu Plaza Store");
    browser.click("kpiForm:refresh");
    browser.awaitAbsentText("kpiForm:stores", "Shanghai Nanjing Road Flagship");
    browser.select("kpiForm:storeId", "Shanghai Nanjing Road Flagship");
    browser.click("kpiForm:refresh");
    browser.awaitText("kpiForm:stores", "Shanghai Nanjing Road Flagship");
    assertThat(browser.text("kpiForm:stores")).doesNotContain("Chengdu");
    browser.select("kpiForm:storeId", "All stores");
    browser.click("kpiForm:refresh");
    browser.awaitText("kpiForm:stores", "Shanghai Nanjing Road Flagship");
    browser.logout();

    // A manager sees their own store only: there is no store to pick.
    browser.login("manager", "demo");
    browser.open("bundles/attach.xhtml");
    browser.awaitText("kpiForm:stores", "Shanghai Nanjing Road Flagship");
    assertThat(browser.pageText()).doesNotContain("全部门店");
  }

  private long product(String sku, String category, String price) {
    Api.Reply created =
        manager.post(
            "products",
            SalesApiIT.product(
                sku,
                "Pack screen part",
                category,
                price,
                new BigDecimal(price).multiply(new BigDecimal("0.6")).setScale(2).toPlainString(),
                "MAINSTREAM"));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    long id = created.json().getJsonNumber("id").longValue();
    assertThat(manager.put("products/" + id + "/stock", "{\"onHand\":5}").status()).isEqualTo(200);
    return id;
  }

  private JsonObject packNamed(String name) {
    return manager
        .get("bundles/packs?all=true")
        .structure()
        .asJsonArray()
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(p -> p.getString("name").equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no pack " + name));
  }

  private static long componentId(JsonObject pack, int index) {
    return pack.getJsonArray("components")
        .getJsonObject(index)
        .getJsonNumber("productId")
        .longValue();
  }
}
