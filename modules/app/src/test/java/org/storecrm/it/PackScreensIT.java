package org.storecrm.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URI;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.storecrm.it.screens.AttachScreen;
import org.storecrm.it.screens.Layout;
import org.storecrm.it.screens.PacksScreen;

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
  private final Layout layout;
  private final AttachScreen attachScreen;
  private final PacksScreen packsScreen;
  private final Api manager;
  private final Api consultant;

  PackScreensIT(Browser browser, URI base) {
    this.browser = browser;
    this.layout = new Layout(browser);
    this.attachScreen = new AttachScreen(browser);
    this.packsScreen = new PacksScreen(browser);
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
    layout.title().awaitText("礼包");
    packsScreen.newPack().click();
    packsScreen.name().type(name);
    packsScreen.nameZh().type("屏幕礼包");
    packsScreen.priceInput().type("380");
    packsScreen.forCategory().select("笔记本");
    packsScreen.componentsSku(0).type(bag);
    packsScreen.componentsSku(1).type("NO-SUCH-SKU");
    packsScreen.save().click();
    packsScreen.componentsSkuMessage(1).awaitText("没有编码为 NO-SUCH-SKU 的商品");
    packsScreen.componentsSku(1).type(mouse);
    packsScreen.save().click();
    packsScreen.messages().awaitText("礼包已保存：屏幕礼包");
    assertThat(packsScreen.allPacks().text()).contains("屏幕礼包", bag, mouse, "380.00");

    JsonObject pack = packNamed(name);
    long id = pack.getJsonNumber("id").longValue();
    assertThat(Api.decimal(pack, "price")).isEqualByComparingTo("380");
    assertThat(pack.getString("forCategory")).isEqualTo("NOTEBOOK");
    assertThat(pack.getJsonArray("components")).hasSize(2);

    // Above what the products cost one by one: refused next to the price.
    browser.open("bundles/packs.xhtml?edit=" + id);
    packsScreen.editor().waitFor();
    packsScreen.priceInput().retype("421");
    packsScreen.save().click();
    packsScreen.priceMessage().awaitText("礼包价格不能高于单买总价");
    packsScreen.priceInput().retype("399");
    packsScreen.save().click();
    packsScreen.messages().awaitText("礼包已保存");
    assertThat(Api.decimal(packNamed(name), "price")).isEqualByComparingTo("399");

    // A colleague changes the pack while it is open here: the stale edit is refused, not merged.
    browser.open("bundles/packs.xhtml?edit=" + id);
    packsScreen.editor().waitFor();
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
    packsScreen.priceInput().retype("300");
    packsScreen.save().click();
    packsScreen.messages().awaitText("此记录在您打开后已被他人修改");
    assertThat(Api.decimal(packNamed(name), "price")).isEqualByComparingTo("350");

    // Retired: still kept for the manager, no longer offered at the counter.
    browser.open("bundles/packs.xhtml?edit=" + id);
    packsScreen.editor().waitFor();
    packsScreen.active().select("已停售");
    packsScreen.save().click();
    packsScreen.messages().awaitText("礼包已停售：屏幕礼包");
    assertThat(packNamed(name).getBoolean("active")).isFalse();
    assertThat(consultant.get("bundles/packs").structure().toString()).doesNotContain(name);
    browser.logout();

    // Store staff sell packs; they do not keep them.
    browser.login("consultant", "demo");
    browser.open("bundles/packs.xhtml");
    packsScreen.packs().waitFor();
    assertThat(browser.pageText()).doesNotContain("礼包管理").doesNotContain("屏幕礼包");
    browser.open("bundles/packs.xhtml?edit=" + id);
    packsScreen.packs().waitFor();
    assertThat(browser.pageText()).doesNotContain("礼包管理");
    browser.open("bundles/attach.xhtml");
    layout.error403().waitFor();
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
    layout.title().awaitText("Attach rate");
    attachScreen.stores().awaitText("Shanghai Nanjing Road Flagship");
    attachScreen.storeId().select("Chengdu Tianfu Plaza Store");
    attachScreen.refresh().click();
    attachScreen.stores().awaitAbsentText("Shanghai Nanjing Road Flagship");
    attachScreen.storeId().select("Shanghai Nanjing Road Flagship");
    attachScreen.refresh().click();
    attachScreen.stores().awaitText("Shanghai Nanjing Road Flagship");
    assertThat(attachScreen.stores().text()).doesNotContain("Chengdu");
    attachScreen.storeId().select("All stores");
    attachScreen.refresh().click();
    attachScreen.stores().awaitText("Shanghai Nanjing Road Flagship");
    browser.logout();

    // A manager sees their own store only: there is no store to pick.
    browser.login("manager", "demo");
    browser.open("bundles/attach.xhtml");
    attachScreen.stores().awaitText("Shanghai Nanjing Road Flagship");
    assertThat(browser.pageText()).doesNotContain("全部门店");
  }

  private long product(String sku, String category, String price) {
    return SalesFixture.stocked(
        manager,
        SalesApiIT.product(
            sku,
            "Pack screen part",
            category,
            price,
            new BigDecimal(price).multiply(new BigDecimal("0.6")).setScale(2).toPlainString(),
            "MAINSTREAM"),
        5);
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
