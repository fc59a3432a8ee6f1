package org.storecrm.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.storecrm.client.ApiClient;
import org.storecrm.client.ApiException;
import org.storecrm.client.api.AccountsApi;
import org.storecrm.client.api.BundlesApi;
import org.storecrm.client.api.CustomersApi;
import org.storecrm.client.api.PlatformApi;
import org.storecrm.client.api.SalesApi;
import org.storecrm.client.api.ServicesApi;
import org.storecrm.client.model.AccountSource;
import org.storecrm.client.model.AccountStatus;
import org.storecrm.client.model.AccountView;
import org.storecrm.client.model.Category;
import org.storecrm.client.model.ChecklistEntryForm;
import org.storecrm.client.model.ChecklistEntryView;
import org.storecrm.client.model.CustomerCard;
import org.storecrm.client.model.CustomerSummaryPage;
import org.storecrm.client.model.CustomerType;
import org.storecrm.client.model.LifecyclePhase;
import org.storecrm.client.model.Me;
import org.storecrm.client.model.NewAccount;
import org.storecrm.client.model.NewCustomer;
import org.storecrm.client.model.NewOrder;
import org.storecrm.client.model.NewProduct;
import org.storecrm.client.model.NewServiceRequest;
import org.storecrm.client.model.NewUser;
import org.storecrm.client.model.OrderLineInput;
import org.storecrm.client.model.OrderView;
import org.storecrm.client.model.Payment;
import org.storecrm.client.model.PricingRole;
import org.storecrm.client.model.Problem;
import org.storecrm.client.model.ProductView;
import org.storecrm.client.model.ProductViewPage;
import org.storecrm.client.model.RegionType;
import org.storecrm.client.model.RequestKind;
import org.storecrm.client.model.Role;
import org.storecrm.client.model.ServicePlanView;
import org.storecrm.client.model.ServiceRequestView;
import org.storecrm.client.model.SourceChannel;
import org.storecrm.client.model.UserView;

/**
 * The Java client openapi-generator made from the served document, driven against the same server
 * as an integrator would drive it: a read and a write of every module, and each refusal the API
 * documents, every answer decoded through the generated models (a problem as {@link Problem}).
 */
class ContractIT {
  private static URI base;

  @BeforeAll
  static void server() throws Exception {
    base = ServedStoreCrm.baseUri(Path.of(System.getProperty("storecrm.contract.work")));
  }

  private static ApiClient as(String username, String password) {
    ApiClient client = new ApiClient();
    client.updateBaseUri(base.toString().replaceAll("/+$", ""));
    if (username != null) {
      String token =
          Base64.getEncoder()
              .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
      client.setRequestInterceptor(request -> request.header("Authorization", "Basic " + token));
    }
    return client;
  }

  private static String suffix() {
    return Long.toString(System.nanoTime(), 36);
  }

  private static Problem problem(ApiClient client, ApiException refusal) throws Exception {
    assertThat(refusal.getResponseHeaders().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    Problem problem = client.getObjectMapper().readValue(refusal.getResponseBody(), Problem.class);
    assertThat(problem.getStatus()).isEqualTo(refusal.getCode());
    return problem;
  }

  @Test
  void platformReadsTheCallerAndCreatesStaffAnsweringTheLanguageInOneForm() throws Exception {
    PlatformApi admin = new PlatformApi(as("admin", "demo"));
    PlatformApi manager = new PlatformApi(as("manager", "demo"));
    Me me = manager.getMe();
    assertThat(me.getUsername()).isEqualTo("manager");
    assertThat(me.getStoreId()).isNotNull();

    UserView created =
        admin.createUser(
            new NewUser()
                .username("contract." + suffix())
                .password("long-enough-1")
                .fullName("Contract Test")
                .role(Role.CONSULTANT)
                .storeId(me.getStoreId())
                .language("zh-Hans-CN"));
    assertThat(created.getId()).isPositive();
    assertThat(created.getRole()).isEqualTo(Role.CONSULTANT);
    assertThat(created.getLanguage()).isEqualTo("zh_CN");
    assertThat(admin.getUser(created.getId()).getUsername()).isEqualTo(created.getUsername());
  }

  @Test
  void customersAreRegisteredFoundAndReadWithTypedDates() throws Exception {
    CustomersApi customers = new CustomersApi(as("manager", "demo"));
    String phone = "139" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
    CustomerCard card =
        customers.registerCustomer(
            new NewCustomer()
                .name("Contract Customer")
                .phone(phone)
                .type(CustomerType.PERSON)
                .source(SourceChannel.WALK_IN)
                .region(RegionType.CITY)
                .birthday(LocalDate.of(1990, 5, 17))
                .language("en-US"));
    assertThat(card.getBirthday()).isEqualTo(LocalDate.of(1990, 5, 17));
    assertThat(card.getLanguage()).isEqualTo("en");

    CustomerSummaryPage found = customers.listCustomers(phone, null, 0, 20, null, null);
    assertThat(found.getTotal()).isEqualTo(1L);
    assertThat(found.getItems()).extracting(c -> c.getId()).containsExactly(card.getId());
    assertThat(customers.getCustomer(card.getId()).getVersion()).isNotNull();
  }

  @Test
  void salesListsTheCatalogueAddsAProductAndSellsIt() throws Exception {
    SalesApi sales = new SalesApi(as("manager", "demo"));
    ProductViewPage accessories =
        sales.listProducts(Category.ACCESSORY, null, null, 0, 5, "sku", null);
    assertThat(accessories.getItems())
        .isNotEmpty()
        .allSatisfy(p -> assertThat(p.getCategory()).isEqualTo(Category.ACCESSORY));

    ProductView product =
        sales.createProduct(
            new NewProduct()
                .sku("CT-" + suffix().toUpperCase())
                .name("Contract cable")
                .category(Category.ACCESSORY)
                .price(new BigDecimal("59.00"))
                .cost(new BigDecimal("20.00"))
                .pricingRole(PricingRole.RESOURCE)
                .phase(LifecyclePhase.PLATEAU));
    assertThat(product.getPrice()).isEqualByComparingTo("59.00");
    sales.setProductStock(product.getId(), new org.storecrm.client.model.StockChange().onHand(3));

    String key = UUID.randomUUID().toString();
    NewOrder order =
        new NewOrder()
            .lines(List.of(new OrderLineInput().productId(product.getId()).quantity(1)))
            .payment(Payment.CASH);
    OrderView sold = sales.submitOrder(order, key);
    assertThat(sold.getTotal()).isEqualByComparingTo("59.00");
    assertThat(sales.submitOrder(order, key).getId()).isEqualTo(sold.getId());
    assertThat(sales.getOrder(sold.getId()).getLines()).hasSize(1);
  }

  @Test
  void moneyTravelsAsDecimalStringsAndIsAcceptedAsStringOrNumber() throws Exception {
    String sku = "CM-" + suffix().toUpperCase();
    // A string and a number are both accepted; both come back as the stored amount, a string.
    HttpResponse<String> created =
        raw(
            "POST",
            "products",
            "{\"sku\":\""
                + sku
                + "\",\"name\":\"Contract money\",\"category\":\"ACCESSORY\","
                + "\"price\":\"61.5\",\"cost\":20,"
                + "\"pricingRole\":\"RESOURCE\",\"phase\":\"PLATEAU\"}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(created.body()).contains("\"price\":\"61.50\"").contains("\"cost\":\"20.00\"");
    ProductView listed =
        new SalesApi(as("manager", "demo"))
            .listProducts(null, sku, null, 0, 1, null, null)
            .getItems()
            .get(0);
    long id = listed.getId();
    // Many first-time readers at once: every answer is written the same way (no resolver race).
    List<CompletableFuture<HttpResponse<String>>> reads = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      reads.add(CompletableFuture.supplyAsync(() -> rawUnchecked("GET", "products/" + id, null)));
    }
    for (CompletableFuture<HttpResponse<String>> read : reads) {
      assertThat(read.get().statusCode()).isEqualTo(200);
      assertThat(read.get().body()).contains("\"price\":\"61.50\"");
    }
    // The generated client decodes the string into a BigDecimal at its scale.
    assertThat(listed.getPrice()).isEqualTo(new BigDecimal("61.50"));
  }

  private static HttpResponse<String> raw(String method, String path, String json)
      throws Exception {
    String token =
        Base64.getEncoder().encodeToString("manager:demo".getBytes(StandardCharsets.UTF_8));
    HttpRequest.Builder request =
        HttpRequest.newBuilder(
                URI.create(base.toString().replaceAll("/+$", "") + "/api/v1/" + path))
            .header("Authorization", "Basic " + token)
            .header("Accept", "application/json");
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    request.method(
        method,
        json == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(json));
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> rawUnchecked(String method, String path, String json) {
    try {
      return raw(method, path, json);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void bundlesReadAndWriteTheAttachChecklist() throws Exception {
    BundlesApi bundles = new BundlesApi(as("manager", "demo"));
    SalesApi sales = new SalesApi(as("manager", "demo"));
    long accessory =
        sales
            .listProducts(Category.ACCESSORY, null, null, 0, 1, "sku", null)
            .getItems()
            .get(0)
            .getId();
    ChecklistEntryView entry =
        bundles.createChecklistEntry(
            new ChecklistEntryForm()
                .category(Category.CAMCORDER)
                .family("Contract family")
                .talkingPoint("Asked by the contract test")
                .productIds(List.of(accessory)));
    assertThat(entry.getProductIds()).containsExactly(accessory);
    assertThat(bundles.listChecklistEntries(Category.CAMCORDER))
        .extracting(ChecklistEntryView::getId)
        .contains(entry.getId());
    bundles.deleteChecklistEntry(entry.getId());
    assertThat(bundles.listChecklistEntries(Category.CAMCORDER))
        .extracting(ChecklistEntryView::getId)
        .doesNotContain(entry.getId());
  }

  @Test
  void servicesListThePlansAndRegisterARequestAgainstItsPromise() throws Exception {
    ServicesApi services = new ServicesApi(as("manager", "demo"));
    List<ServicePlanView> plans = services.listServicePlans(null);
    assertThat(plans).isNotEmpty().allSatisfy(plan -> assertThat(plan.getPrice()).isNotNull());

    CustomerCard client =
        new CustomersApi(as("manager", "demo"))
            .registerCustomer(
                new NewCustomer()
                    .name("Contract Service Client")
                    .phone("137" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999)))
                    .type(CustomerType.PERSON)
                    .source(SourceChannel.WALK_IN)
                    .region(RegionType.CITY));
    String serial = "CT-SN-" + suffix().toUpperCase();
    ServiceRequestView request =
        services.registerServiceRequest(
            new NewServiceRequest()
                .customerId(client.getId())
                .deviceSerial(serial)
                .kind(RequestKind.CARRY_IN)
                .region(RegionType.CITY)
                .problem("Contract test: the screen flickers"));
    assertThat(request.getDeviceSerial()).isEqualTo(serial);
    assertThat(request.getSlaDeadline()).isAfter(request.getRegisteredAt());
    assertThat(request.getCovered()).as("no contract covers a new serial").isFalse();
    assertThat(services.getServiceRequest(request.getId()).getProblem())
        .isEqualTo("Contract test: the screen flickers");
    assertThat(services.findServiceContracts(serial, null, null, 0, 20, null, null).getItems())
        .isEmpty();
  }

  @Test
  void accountsAreCreatedWithTheirCreditLimitAndFound() throws Exception {
    AccountsApi accounts = new AccountsApi(as("accounts", "demo"));
    String name = "Contract Trading " + suffix();
    AccountView created =
        accounts.createAccount(
            new NewAccount()
                .name(name)
                .industry("Logistics")
                .employees(40)
                .status(AccountStatus.PROSPECT)
                .source(AccountSource.COLD_VISIT)
                .paymentTermDays(30)
                .creditLimit(new BigDecimal("50000.00")));
    assertThat(created.getCreditLimit()).isEqualTo(new BigDecimal("50000.00"));
    assertThat(created.getCreditHold()).isFalse();
    assertThat(accounts.getAccount(created.getId()).getName()).isEqualTo(name);
    assertThat(accounts.listAccounts(name, null, null, null, null, 0, 20, null, null).getItems())
        .extracting(a -> a.getId())
        .containsExactly(created.getId());
  }

  @Test
  void everyRefusalIsAProblemTheClientDecodes() throws Exception {
    ApiClient adminClient = as("admin", "demo");
    PlatformApi admin = new PlatformApi(adminClient);
    long store = new PlatformApi(as("manager", "demo")).getMe().getStoreId();

    ApiClient anonymous = as(null, null);
    ApiException unauthorized =
        catchThrowableOfType(ApiException.class, () -> new PlatformApi(anonymous).getMe());
    assertThat(unauthorized.getCode()).isEqualTo(401);
    assertThat(problem(anonymous, unauthorized).getTitle()).isNotBlank();

    ApiClient consultant = as("consultant", "demo");
    ApiException forbidden =
        catchThrowableOfType(
            ApiException.class,
            () -> new PlatformApi(consultant).listUsers(null, null, null, null, 0, 20, null, null));
    assertThat(forbidden.getCode()).isEqualTo(403);
    problem(consultant, forbidden);

    ApiException notFound =
        catchThrowableOfType(
            ApiException.class, () -> new CustomersApi(adminClient).getCustomer(999_999_999L));
    assertThat(notFound.getCode()).isEqualTo(404);
    problem(adminClient, notFound);

    ApiException invalid =
        catchThrowableOfType(
            ApiException.class,
            () ->
                admin.createUser(
                    new NewUser()
                        .username("Not Valid")
                        .password("long-enough-1")
                        .fullName("x")
                        .role(Role.CONSULTANT)
                        .storeId(store)
                        .language("zh-Hant")));
    assertThat(invalid.getCode()).isEqualTo(400);
    assertThat(problem(adminClient, invalid).getErrors())
        .extracting(e -> e.getField())
        .contains("username", "language");

    String username = "twice." + suffix();
    NewUser user =
        new NewUser()
            .username(username)
            .password("long-enough-1")
            .fullName("Twice")
            .role(Role.CONSULTANT)
            .storeId(store)
            .language("en");
    admin.createUser(user);
    ApiException conflict = catchThrowableOfType(ApiException.class, () -> admin.createUser(user));
    assertThat(conflict.getCode()).isEqualTo(409);
    assertThat(problem(adminClient, conflict).getErrors())
        .extracting(e -> e.getField())
        .containsExactly("username");

    ApiException refused =
        catchThrowableOfType(
            ApiException.class,
            () -> admin.createUser(user.username("short." + suffix()).password("abc")));
    assertThat(refused.getCode()).isEqualTo(422);
    assertThat(problem(adminClient, refused).getType().toString()).endsWith("/rule-violation");

    ApiException missingKey =
        catchThrowableOfType(
            ApiException.class,
            () ->
                new SalesApi(as("manager", "demo"))
                    .submitOrder(new NewOrder().payment(Payment.CASH), null));
    assertThat(missingKey.getCode()).isEqualTo(400);
  }
}
