package org.storecrm.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The catalogue as CSV over the REST API: the streamed export, the all-or-nothing import with its
 * per-row faults, the round trip, and the slow sellers a manager moves into clearance.
 */
@SystemTest
class CatalogueImportApiIT {
  private static final String HEADER =
      "sku,category,name_en,name_zh,brand,price,cost,pricing_role,phase,launch_date,traffic_limit,active,on_hand\r\n";
  private static final String CSV = "text/csv";

  private final Api manager;
  private final Api consultant;
  private final Api plazaManager;
  private final Api admin;

  CatalogueImportApiIT(URI base) {
    manager = Api.as(base, "manager", "demo");
    consultant = Api.as(base, "consultant", "demo");
    plazaManager = Api.as(base, "plaza.manager", "demo");
    admin = Api.as(base, "admin", "demo");
  }

  @Test
  void anImportCreatesAndUpdatesBySkuCountsTheStoresStockAndIsAudited() {
    String prefix = SalesApiIT.sku("IM");
    String file =
        HEADER
            + prefix
            + "-1,NOTEBOOK,Import Notebook,导入笔记本,Lenovo,5999.00,4800.00,MAINSTREAM,INTRODUCTION,2026-03-01,,,5\r\n"
            + prefix.toLowerCase()
            + "-2,ACCESSORY,Import Mouse,导入鼠标,Logitech,99,45.5,TRAFFIC,PLATEAU,,10,,\r\n";

    Api.Reply dryRun = manager.post("products/import?dryRun=true", CSV, utf8(file));
    assertThat(dryRun.status()).as(dryRun.toString()).isEqualTo(200);
    assertThat(dryRun.json().getBoolean("dryRun")).isTrue();
    assertThat(dryRun.json().getInt("created")).isEqualTo(2);
    assertThat(listed(manager, prefix)).as("a dry run writes nothing").isEmpty();

    Api.Reply imported = manager.post("products/import", CSV, utf8(file));
    assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
    assertThat(imported.json().getInt("rows")).isEqualTo(2);
    assertThat(imported.json().getInt("created")).isEqualTo(2);
    assertThat(imported.json().getInt("updated")).isZero();
    List<JsonObject> products = listed(manager, prefix);
    assertThat(products)
        .extracting(p -> p.getString("sku"))
        .containsExactly(prefix + "-1", prefix + "-2");
    JsonObject notebook = products.get(0);
    assertThat(notebook.getString("nameZh")).isEqualTo("导入笔记本");
    assertThat(notebook.getString("launchedOn")).isEqualTo("2026-03-01");
    assertThat(notebook.getInt("onHand")).as("the manager's store counted 5").isEqualTo(5);
    JsonObject mouse = products.get(1);
    assertThat(Api.decimal(mouse, "cost")).isEqualByComparingTo("45.50");
    assertThat(mouse.getInt("trafficLimit")).isEqualTo(10);
    assertThat(mouse.getInt("onHand")).isZero();
    long notebookId = notebook.getJsonNumber("id").longValue();
    assertThat(plazaManager.get("products/" + notebookId).json().getInt("onHand"))
        .as("another store's stock is its own")
        .isZero();

    // The same file with a new price for the notebook and without the stock column.
    String update =
        "sku,category,name_en,price,cost,pricing_role,phase\r\n"
            + prefix
            + "-1,NOTEBOOK,Import Notebook,5799,4800.00,MAINSTREAM,INTRODUCTION\r\n"
            + prefix
            + "-2,ACCESSORY,Import Mouse,99.00,45.50,TRAFFIC,PLATEAU\r\n";
    Api.Reply updated = manager.post("products/import", CSV, utf8(update));
    assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
    assertThat(updated.json().getInt("updated")).isEqualTo(1);
    assertThat(updated.json().getInt("unchanged")).isEqualTo(1);
    JsonObject change = updated.json().getJsonArray("changes").getJsonObject(0);
    assertThat(change.getString("sku")).isEqualTo(prefix + "-1");
    assertThat(change.getString("action")).isEqualTo("UPDATE");
    assertThat(change.getJsonArray("fields").getString(0)).isEqualTo("price");
    JsonObject after = manager.get("products/" + notebookId).json();
    assertThat(Api.decimal(after, "price")).isEqualByComparingTo("5799.00");
    assertThat(after.getString("nameZh"))
        .as("a column left out keeps its value")
        .isEqualTo("导入笔记本");
    assertThat(after.getInt("onHand")).isEqualTo(5);

    String audit = admin.get("audit?recordType=Product&recordId=" + notebookId).json().toString();
    assertThat(audit).contains("CREATE", "UPDATE", "5999.00 → 5799.00", "manager");
    assertThat(admin.get("audit?recordType=Stock&recordId=" + prefix + "-1").json().toString())
        .contains("onHand");
  }

  @Test
  void aFileWithOneBadRowImportsNothingAndListsEveryFaultByRowAndColumn() {
    String prefix = SalesApiIT.sku("BAD");
    String file =
        HEADER
            + prefix
            + "-1,PHONE,Good Phone,好手机,Brand,1999.00,1500.00,MAINSTREAM,PLATEAU,,,,\r\n"
            + prefix
            + "-2,FRIDGE,Bad Fridge,,,12.345,-1,MAINSTREAM,PLATEAU,2026-02-30,,,\r\n"
            + prefix
            + "-1,PHONE,Twin,,,1,1,MAINSTREAM,PLATEAU,,,,\r\n";
    Api.Reply refused = manager.post("products/import", CSV, utf8(file));
    assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    assertThat(refused.json().getString("code")).isEqualTo("sales.importInvalid");
    List<String> faults =
        refused.json().getJsonArray("rowErrors").getValuesAs(JsonObject.class).stream()
            .map(e -> e.getInt("row") + ":" + e.getString("column", "") + ":" + e.getString("code"))
            .toList();
    assertThat(faults)
        .containsExactly(
            "3:category:sales.import.unknownCategory",
            "3:price:sales.import.badAmount",
            "3:cost:sales.import.negative",
            "3:launch_date:sales.import.badDate",
            "4:sku:sales.import.duplicateSku");
    assertThat(listed(manager, prefix)).as("nothing was imported").isEmpty();

    Api.Reply dryRun = manager.post("products/import?dryRun=true", CSV, utf8(file));
    assertThat(dryRun.status()).isEqualTo(422);
    assertThat(dryRun.json().getJsonArray("rowErrors")).hasSize(5);

    Api.Reply noHeader = manager.post("products/import", CSV, utf8("a,b\r\n1,2\r\n"));
    assertThat(noHeader.status()).isEqualTo(422);
    assertThat(noHeader.json().getJsonArray("rowErrors").getJsonObject(0).getInt("row"))
        .isEqualTo(1);
  }

  @Test
  void consultantsExportTheCatalogueButOnlyManagersImport() {
    String file = HEADER + SalesApiIT.sku("NO") + ",PHONE,P,,,1,1,MAINSTREAM,PLATEAU,,,,\r\n";
    assertThat(consultant.post("products/import", CSV, utf8(file)).status()).isEqualTo(403);
    assertThat(consultant.post("products/import?dryRun=true", CSV, utf8(file)).status())
        .isEqualTo(403);
    Api.Reply export = consultant.get("products/export?category=PHONE", CSV);
    assertThat(export.status()).as(export.toString()).isEqualTo(200);
    assertThat(export.contentType()).startsWith("text/csv");
    assertThat(export.header("Content-Disposition")).contains("attachment", ".csv");
    assertThat(export.bytes()).startsWith(0xEF, 0xBB, 0xBF);
    assertThat(export.body()).startsWith("\uFEFF" + HEADER).contains(",PHONE,");
    assertThat(export.body()).doesNotContain(",NOTEBOOK,");
  }

  @Test
  void anExportedFileImportsUnchangedForAStoreAndForHeadOffice() {
    String prefix = SalesApiIT.sku("RT");
    String file =
        HEADER
            + prefix
            + "-1,CAMERA,\"Camera, \"\"Pro\"\" edition\",专业相机,Canon,8999.00,7000.00,RESOURCE,PLATEAU,2025-12-01,,true,3\r\n"
            + prefix
            + "-2,ACCESSORY,=SUM(A1:A9),+86 配件,@brand,19.90,5.00,TRAFFIC,INTRODUCTION,,4,false,7\r\n"
            + prefix
            + "-3,SERVICE,Care card,金卡,,599.00,0.00,MAINSTREAM,PLATEAU,,,true,\r\n";
    Api.Reply imported = manager.post("products/import", CSV, utf8(file));
    assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
    assertThat(imported.json().getInt("created")).isEqualTo(3);

    Api.Reply export = manager.get("products/export?inactive=true&q=" + prefix, CSV);
    assertThat(export.status()).isEqualTo(200);
    String csv = export.body();
    assertThat(csv.lines().count()).isEqualTo(4);
    assertThat(csv)
        .contains("\"Camera, \"\"Pro\"\" edition\",专业相机")
        .contains(",'=SUM(A1:A9),'+86 配件,'@brand,")
        .contains(",true,3\r\n");
    Api.Reply again = manager.post("products/import", CSV, export.bytes());
    assertThat(again.status()).as(again.toString()).isEqualTo(200);
    assertThat(again.json().getInt("unchanged")).isEqualTo(3);
    assertThat(again.json().getInt("created") + again.json().getInt("updated")).isZero();

    JsonObject accessory = listed(manager, prefix + "-2").get(0);
    assertThat(accessory.getString("name")).isEqualTo("=SUM(A1:A9)");
    assertThat(accessory.getBoolean("active")).isFalse();

    Api.Reply headOffice = admin.get("products/export?inactive=true&q=" + prefix, CSV);
    assertThat(headOffice.body()).as("head office has no store stock").contains(",true,\r\n");
    Api.Reply back = admin.post("products/import?dryRun=true", CSV, headOffice.bytes());
    assertThat(back.status()).as(back.toString()).isEqualTo(200);
    assertThat(back.json().getInt("unchanged")).isEqualTo(3);

    // Excel on a Chinese Windows saves GBK: it reads the same.
    Api.Reply gbk =
        manager.post(
            "products/import?dryRun=true", CSV, csv.substring(1).getBytes(Charset.forName("GBK")));
    assertThat(gbk.status()).as(gbk.toString()).isEqualTo(200);
    assertThat(gbk.json().getInt("unchanged")).isEqualTo(3);
    Api.Reply declared =
        manager.post(
            "products/import?dryRun=true",
            "text/csv; charset=GB18030",
            csv.substring(1).getBytes(Charset.forName("GB18030")));
    assertThat(declared.json().getInt("unchanged")).isEqualTo(3);
  }

  @Test
  void slowSellersAreListedForTheStoreAndAManagerMovesOneToClearance() {
    String prefix = SalesApiIT.sku("SL");
    String longAgo = "2025-01-01";
    String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
    long idle = product(prefix + "-A", "PLATEAU", longAgo, 5);
    long selling = product(prefix + "-B", "PLATEAU", longAgo, 5);
    long soldLongAgo = product(prefix + "-C", "INTRODUCTION", null, 5);
    product(prefix + "-D", "PLATEAU", longAgo, 0);
    product(prefix + "-E", "CLEARANCE", longAgo, 5);
    product(prefix + "-F", "PLATEAU", today, 5);
    long twoSold = product(prefix + "-G", "PLATEAU", longAgo, 5);
    sell(selling, 3, null);
    sell(soldLongAgo, 3, Instant.now().minus(90, ChronoUnit.DAYS));
    sell(twoSold, 2, null);

    Api.Reply list = manager.get("products/slow-sellers?size=50&q=" + prefix);
    assertThat(list.status()).as(list.toString()).isEqualTo(200);
    assertThat(list.json().getJsonObject("rule").getInt("days")).isEqualTo(60);
    assertThat(list.json().getJsonObject("rule").getInt("maxUnits")).isEqualTo(2);
    List<JsonObject> rows = list.json().getJsonArray("items").getValuesAs(JsonObject.class);
    assertThat(rows)
        .extracting(r -> r.getString("sku"))
        .as("fewest sold first; B sells, D has no stock, E is in clearance, F is new")
        .containsExactlyInAnyOrder(prefix + "-A", prefix + "-C", prefix + "-G");
    assertThat(rows.get(2).getString("sku")).isEqualTo(prefix + "-G");
    assertThat(rows.get(2).getInt("soldUnits")).isEqualTo(2);
    assertThat(rows.get(2).getInt("onHand")).isEqualTo(3);
    assertThat(list.json().getInt("total")).isEqualTo(3);
    JsonObject a =
        rows.stream()
            .filter(r -> r.getJsonNumber("productId").longValue() == idle)
            .findFirst()
            .orElseThrow();
    assertThat(a.getInt("soldUnits")).isZero();
    assertThat(Api.decimal(a, "stockValue")).isEqualByComparingTo("4000.00");

    Api.Reply bySku = manager.get("products/slow-sellers?size=1&sort=sku&desc=true&q=" + prefix);
    assertThat(bySku.json().getJsonArray("items").getJsonObject(0).getString("sku"))
        .isEqualTo(prefix + "-G");
    assertThat(bySku.json().getInt("total")).isEqualTo(3);

    assertThat(items(plazaManager.get("products/slow-sellers?q=" + prefix)))
        .as("the plaza store holds none of them")
        .isEmpty();
    assertThat(plazaManager.get("products/slow-sellers?storeId=1").status())
        .as("another store is not found")
        .isEqualTo(404);
    assertThat(consultant.get("products/slow-sellers").status()).isEqualTo(403);
    assertThat(items(admin.get("products/slow-sellers?size=50&q=" + prefix)))
        .as("head office sees the chain")
        .hasSize(3);

    long version = a.getJsonNumber("version").longValue();
    assertThat(
            consultant
                .post("products/" + idle + "/clearance", "{\"version\":" + version + "}")
                .status())
        .isEqualTo(403);
    assertThat(
            manager
                .post("products/" + idle + "/clearance", "{\"version\":" + (version + 7) + "}")
                .status())
        .as("a stale version")
        .isEqualTo(409);
    Api.Reply moved =
        manager.post("products/" + idle + "/clearance", "{\"version\":" + version + "}");
    assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
    assertThat(moved.json().getString("phase")).isEqualTo("CLEARANCE");
    assertThat(items(manager.get("products/slow-sellers?size=50&q=" + prefix)))
        .extracting(r -> r.getString("sku"))
        .containsExactlyInAnyOrder(prefix + "-C", prefix + "-G");
    Api.Reply twice =
        manager.post(
            "products/" + idle + "/clearance",
            "{\"version\":" + moved.json().getJsonNumber("version").longValue() + "}");
    assertThat(twice.status()).isEqualTo(409);
    assertThat(twice.json().getString("code")).isEqualTo("sales.alreadyClearance");
    assertThat(admin.get("audit?recordType=Product&recordId=" + idle).json().toString())
        .contains("PLATEAU → CLEARANCE");
  }

  // --- helpers -------------------------------------------------------------------------------

  private long product(String sku, String phase, String launchedOn, int stock) {
    String body =
        """
        {"sku":"%s","name":"Slow %s","category":"TABLET","price":1000.00,"cost":800.00,"pricingRole":"MAINSTREAM","phase":"%s"%s}"""
            .formatted(
                sku,
                sku,
                phase,
                launchedOn == null ? "" : ",\"launchedOn\":\"" + launchedOn + "\"");
    return SalesFixture.stockedIfAny(manager, body, stock);
  }

  private void sell(long productId, int quantity, Instant soldAt) {
    String order =
        """
        {"lines":[{"productId":%d,"quantity":%d}],"payment":"CASH"%s}"""
            .formatted(productId, quantity, soldAt == null ? "" : ",\"soldAt\":\"" + soldAt + "\"");
    // Only head office may date a sale in the past (a history import), for the flagship here.
    long store = consultant.get("me").json().getJsonNumber("storeId").longValue();
    Api.Reply sold =
        soldAt == null
            ? consultant.post("orders", order, "Idempotency-Key", UUID.randomUUID().toString())
            : admin.post(
                "orders",
                order.replace("\"payment\"", "\"storeId\":" + store + ",\"payment\""),
                "Idempotency-Key",
                UUID.randomUUID().toString());
    assertThat(sold.status()).as(sold.toString()).isEqualTo(201);
  }

  private static List<JsonObject> listed(Api api, String prefix) {
    return items(api.get("products?inactive=true&size=50&q=" + prefix));
  }

  private static List<JsonObject> items(Api.Reply page) {
    assertThat(page.status()).as(page.toString()).isEqualTo(200);
    return page.json().getJsonArray("items").getValuesAs(JsonObject.class);
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
