package org.storecrm.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * VIPs (issue 15): their kind, the manager's meeting, invitations to events and gifts, and the
 * leads they refer, counted on the card and in the referral report — exact figures in a store of
 * the test's own.
 */
@SystemTest
class VipReferralsApiIT {
  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private final URI base;
  private final Api admin;
  private final Api plazaManager;
  private final Api plazaConsultant;

  VipReferralsApiIT(URI base) {
    this.base = base;
    admin = Api.as(base, "admin", "demo");
    plazaManager = Api.as(base, "plaza.manager", "demo");
    plazaConsultant = Api.as(base, "plaza.consultant", "demo");
  }

  @Test
  void aVipsKindMeetingAndInvitationsAreKeptOnTheCard() {
    OwnStore store = OwnStore.open(base, admin, "V");
    long vip = store.vip("贵宾档案");
    long potential = store.walkIn("普通顾客");
    String profile = "customers/" + vip + "/vip-profile";

    JsonObject fresh = store.consultant.get(profile).json();
    assertThat(fresh.containsKey("kind")).isFalse();
    assertThat(fresh.getJsonNumber("version").longValue()).isZero();
    assertThat(fresh.getJsonNumber("referrals").longValue()).isZero();

    Api.Reply notVip = store.consultant.get("customers/" + potential + "/vip-profile");
    assertThat(notVip.status()).isEqualTo(409);
    assertThat(notVip.json().getString("code")).isEqualTo("error.vip.notVip");
    assertThat(plazaConsultant.get(profile).status()).isEqualTo(404);
    assertThat(Api.as(base, "tech", "demo").get(profile).status()).isEqualTo(403);

    // The consultant sets the kind; only a manager records meeting the VIP.
    Api.Reply consultantMet =
        store.consultant.put(profile, "{\"kind\":\"INSURER\",\"met\":true,\"version\":0}");
    assertThat(consultantMet.status()).isEqualTo(422);
    assertThat(PlatformApiIT.fields(consultantMet)).containsExactly("met");
    Api.Reply kind = store.consultant.put(profile, "{\"kind\":\"INSURER\",\"version\":0}");
    assertThat(kind.status()).as(kind.toString()).isEqualTo(200);
    assertThat(kind.json().getString("kind")).isEqualTo("INSURER");
    long version = kind.json().getJsonNumber("version").longValue();
    assertThat(store.manager.put(profile, "{\"kind\":\"BANK\",\"version\":0}").status())
        .as("a stale version")
        .isEqualTo(409);
    Instant before = Instant.now().minusSeconds(1);
    Api.Reply met =
        store.manager.put(
            profile, "{\"kind\":\"INSURER\",\"met\":true,\"version\":%d}".formatted(version));
    assertThat(met.status()).as(met.toString()).isEqualTo(200);
    assertThat(met.json().getJsonNumber("metBy").longValue()).isEqualTo(store.managerId);
    assertThat(met.json().getString("metByName")).isEqualTo("Test User");
    assertThat(Instant.parse(met.json().getString("metAt")))
        .isBetween(before, Instant.now().plusSeconds(1));
    Api.Reply badKind = store.manager.put(profile, "{\"kind\":\"FRIEND\",\"version\":1}");
    assertThat(badKind.status()).isEqualTo(400);

    // Invitations: an event not yet answered, a gift accepted; the answer follows.
    String today = LocalDate.now(ZONE).toString();
    Api.Reply event =
        store.consultant.post(
            profile + "/invitations",
            "{\"date\":\"%s\",\"kind\":\"EVENT\",\"what\":\"新品发布会\"}".formatted(today));
    assertThat(event.status()).as(event.toString()).isEqualTo(201);
    long eventId = event.json().getJsonNumber("id").longValue();
    assertThat(event.header("Location")).endsWith(profile + "/invitations/" + eventId);
    assertThat(event.json().containsKey("accepted")).isFalse();
    Api.Reply gift =
        store.consultant.post(
            profile + "/invitations",
            "{\"date\":\"%s\",\"kind\":\"GIFT\",\"what\":\"电源礼包\",\"accepted\":true}"
                .formatted(today));
    assertThat(gift.status()).as(gift.toString()).isEqualTo(201);
    Api.Reply invalid =
        store.consultant.post(profile + "/invitations", "{\"kind\":\"PARTY\",\"what\":\" \"}");
    assertThat(invalid.status()).isEqualTo(400);
    assertThat(
            store
                .consultant
                .post(
                    "customers/" + potential + "/vip-profile/invitations",
                    "{\"date\":\"%s\",\"kind\":\"GIFT\",\"what\":\"x\"}".formatted(today))
                .status())
        .isEqualTo(409);
    long eventVersion = event.json().getJsonNumber("version").longValue();
    assertThat(
            store
                .consultant
                .put(
                    profile + "/invitations/" + eventId,
                    "{\"accepted\":false,\"version\":%d}".formatted(eventVersion + 1))
                .status())
        .isEqualTo(409);
    Api.Reply answered =
        store.consultant.put(
            profile + "/invitations/" + eventId,
            "{\"accepted\":false,\"version\":%d}".formatted(eventVersion));
    assertThat(answered.status()).as(answered.toString()).isEqualTo(200);
    assertThat(answered.json().getBoolean("accepted")).isFalse();

    JsonObject card = store.manager.get(profile).json();
    assertThat(card.getJsonNumber("invitationCount").longValue()).isEqualTo(2);
    assertThat(card.getJsonNumber("acceptedInvitations").longValue()).isEqualTo(1);
    assertThat(card.getJsonArray("invitations").getValuesAs(JsonObject.class))
        .extracting(i -> i.getString("kind"))
        .containsExactlyInAnyOrder("EVENT", "GIFT");
    assertThat(
            store
                .manager
                .get(profile + "/invitations?size=1")
                .json()
                .getJsonNumber("total")
                .longValue())
        .isEqualTo(2);
  }

  @Test
  void leadsReferredByEachVipAreCountedOnTheCardAndInTheReferralReport() {
    OwnStore store = OwnStore.open(base, admin, "R");
    long insurer = store.vip("保险公司王");
    long bank = store.vip("银行李");
    long unsetKind = store.vip("未分类贵宾");
    setKind(store, insurer, "INSURER");
    setKind(store, bank, "BANK");
    long base = store.walkIn("普通介绍人");
    for (int i = 0; i < 3; i++) {
      referred(store, "保险介绍" + i, insurer);
    }
    referred(store, "银行介绍", bank);
    referred(store, "未分类介绍", unsetKind);
    referred(store, "普通介绍", base); // not a VIP: not in the report

    assertThat(
            store
                .consultant
                .get("customers/" + insurer + "/vip-profile")
                .json()
                .getJsonNumber("referrals")
                .longValue())
        .isEqualTo(3);
    assertThat(
            store
                .consultant
                .get("customers/" + bank + "/vip-profile")
                .json()
                .getJsonNumber("referrals")
                .longValue())
        .isEqualTo(1);

    String today = LocalDate.now(ZONE).toString();
    String period = "from=" + today + "&to=" + today;
    Api.Reply report = store.manager.get("customer-reports/referrals?" + period);
    assertThat(report.status()).as(report.toString()).isEqualTo(200);
    JsonObject figures = report.json();
    assertThat(figures.getJsonNumber("leads").longValue()).isEqualTo(5);
    List<JsonObject> kinds = figures.getJsonArray("byKind").getValuesAs(JsonObject.class);
    assertThat(kinds)
        .extracting(
            k ->
                k.getString("kind", "-")
                    + ":"
                    + k.getJsonNumber("vips")
                    + ":"
                    + k.getJsonNumber("leads"))
        .containsExactly("INSURER:1:3", "BANK:1:1", "-:1:1");
    JsonObject vips = figures.getJsonObject("vips");
    assertThat(vips.getJsonNumber("total").longValue()).isEqualTo(3);
    List<JsonObject> rows = vips.getJsonArray("items").getValuesAs(JsonObject.class);
    assertThat(rows.get(0).getJsonNumber("customerId").longValue()).isEqualTo(insurer);
    assertThat(rows.get(0).getString("name")).isEqualTo("保险公司王");
    assertThat(rows.get(0).getJsonNumber("leads").longValue()).isEqualTo(3);
    assertThat(rows)
        .extracting(r -> r.getJsonNumber("leads").longValue())
        .containsExactly(3L, 1L, 1L);
    assertThat(
            store
                .manager
                .get("customer-reports/referrals?" + period + "&size=1")
                .json()
                .getJsonObject("vips")
                .getJsonArray("items"))
        .hasSize(1);

    // Last month holds none of them; the period is checked; who may read it.
    String lastMonth = LocalDate.now(ZONE).minusMonths(1).toString();
    assertThat(
            store
                .manager
                .get("customer-reports/referrals?from=" + lastMonth + "&to=" + lastMonth)
                .json()
                .getJsonNumber("leads")
                .longValue())
        .isZero();
    assertThat(
            store
                .manager
                .get("customer-reports/referrals?from=" + today + "&to=" + lastMonth)
                .status())
        .isEqualTo(422);
    assertThat(store.manager.get("customer-reports/referrals?from=" + today).status())
        .isEqualTo(400);
    assertThat(store.consultant.get("customer-reports/referrals?" + period).status())
        .isEqualTo(403);
    assertThat(
            plazaManager
                .get("customer-reports/referrals?" + period + "&storeId=" + store.id)
                .status())
        .isEqualTo(404);
    JsonObject headOffice =
        admin.get("customer-reports/referrals?" + period + "&storeId=" + store.id).json();
    assertThat(headOffice.getJsonNumber("leads").longValue()).isEqualTo(5);
  }

  private static void setKind(OwnStore store, long vip, String kind) {
    Api.Reply set =
        store.manager.put(
            "customers/" + vip + "/vip-profile", "{\"kind\":\"%s\",\"version\":0}".formatted(kind));
    assertThat(set.status()).as(set.toString()).isEqualTo(200);
  }

  private static void referred(OwnStore store, String name, long referrer) {
    Api.Reply created =
        store.consultant.post(
            "customers",
            """
            {"name":"%s","phone":"%s","type":"PERSON","source":"REFERRAL","region":"CITY","referrerId":%d}"""
                .formatted(name, CustomersApiIT.mobile(), referrer));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
  }
}
