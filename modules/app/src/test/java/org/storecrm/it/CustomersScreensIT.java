package org.storecrm.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A consultant's counter work in Chinese: register a walk-in, find them, grade, log a contact. */
@SystemTest
@ExtendWith(Browser.PerClass.class)
class CustomersScreensIT {
  private final Browser browser;

  private final URI base;

  CustomersScreensIT(Browser browser, URI base) {
    this.browser = browser;
    this.base = base;
  }

  @Test
  void ofTwoEditsOfACardTheSecondIsRefusedOnScreenAndLosesNothing() {
    Api api = Api.as(base, "consultant", "demo");
    long id = CustomersApiIT.register(api, "两次修改", CustomersApiIT.mobile());
    browser.login("consultant", "demo");
    browser.open("customers/card.xhtml?id=" + id);
    browser.awaitText("customer-name", "两次修改");
    // Meanwhile a colleague edits the same card.
    long version = api.get("customers/" + id).json().getJsonNumber("version").longValue();
    assertThat(
            api.put(
                    "customers/" + id,
                    """
                    {"name":"同事先改","type":"PERSON","region":"CITY","marketingConsent":false,"version":%d}"""
                        .formatted(version))
                .status())
        .isEqualTo(200);
    browser.expand("details");
    browser.type("detailsForm:name", "我后改");
    browser.click("detailsForm:saveDetails");
    browser.awaitText("detailsForm:messages", "已被他人修改"); // the form stays open
    assertThat(api.get("customers/" + id).json().getString("name")).isEqualTo("同事先改");
  }

  @Test
  void anotherStoresCardIsANotFoundPageWithStatus404() throws Exception {
    long flagshipCustomer =
        CustomersApiIT.register(
            Api.as(base, "consultant", "demo"), "别店顾客", CustomersApiIT.mobile());
    browser.login("plaza.consultant", "demo");
    browser.open("customers/card.xhtml?id=" + flagshipCustomer);
    browser.waitFor("error-404");
    // The browser shows the page; the status, which it hides, is read with the same session.
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(base.resolve("customers/card.xhtml?id=" + flagshipCustomer))
                    .header("Cookie", "JSESSIONID=" + browser.sessionCookie())
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).contains("error-404").doesNotContain("别店顾客");
  }

  @Test
  void registerAWalkInFindThemGradeHAndLogAFollowUpInChinese() {
    String phone = CustomersApiIT.mobile();
    browser.login("consultant", "demo"); // the demo consultant works in Chinese
    browser.open("customers/register.xhtml");
    browser.awaitText("page-title", "登记顾客");
    browser.type("registerForm:phone", phone);
    browser.type("registerForm:name", "陈静");
    browser.type("registerForm:city", "上海");
    browser.click("registerForm:register");
    browser.awaitText("page-title", "顾客信息卡");
    assertThat(browser.text("customer-name")).isEqualTo("陈静");
    assertThat(browser.text("customer-classification")).isEqualTo("潜在顾客");

    // The counter finds the same phone again instead of registering it twice.
    browser.open("customers/register.xhtml");
    browser.type("registerForm:phone", phone);
    browser.awaitText("registerForm:found", "陈静");

    browser.open("customers/list.xhtml");
    browser.type("customersForm:customers:globalFilter", phone.substring(0, 9));
    browser.awaitText("customersForm:customers", "陈静");
    browser.clickLink("陈静");
    browser.awaitText("customer-name", "陈静");

    browser.select("gradeForm:grade", "H – 7 天内");
    browser.type("gradeForm:reason", "已选定型号");
    browser.click("gradeForm:setGrade");
    browser.awaitText("customer-grade", "H");
    String inTwoDays =
        LocalDate.now(ZoneId.of("Asia/Shanghai"))
            .plusDays(2)
            .format(
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                    .withLocale(Locale.SIMPLIFIED_CHINESE));
    assertThat(browser.text("next-follow-up")).startsWith(inTwoDays);
    assertThat(browser.text("customer-classification")).isEqualTo("基盘顾客");

    browser.type("contactForm:outcome", "电话确认周六来店");
    browser.click("contactForm:logContact");
    browser.awaitText("timeline", "电话确认周六来店");

    // Book a visit three days out; it waits in the list until it is settled.
    browser.pickDateTime(
        "appointmentForm:startsAt",
        LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(3).atTime(15, 0));
    browser.type("appointmentForm:purpose", "看笔记本");
    browser.click("appointmentForm:book");
    browser.awaitText("appointmentForm:list", "已预约");
    browser.click("appointmentForm:list:0:outcomes:1:settle"); // no-show
    browser.awaitText("appointmentForm:list", "未到店");
  }
}
