package org.storecrm.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;

/** New staff and their notices, for the system tests of every module. */
final class PlatformFixture {
  private PlatformFixture() {}

  /** A consultant created for one test, and the API as that consultant. */
  record Seller(long id, Api api) {}

  /** A new consultant of the store, named with the prefix; signs in with "long-enough-1". */
  static Seller newSeller(Api admin, URI base, long storeId, String usernamePrefix) {
    String username = usernamePrefix + PlatformApiIT.suffix();
    Api.Reply created =
        admin.post(
            "users", PlatformApiIT.newUser(username, "long-enough-1", "CONSULTANT", storeId));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return new Seller(
        created.json().getJsonNumber("id").longValue(), Api.as(base, username, "long-enough-1"));
  }

  /** How many of the user's latest 200 notices link to this address. */
  static long notices(Api api, String link) {
    return api
        .get("notices?size=200")
        .json()
        .getJsonArray("items")
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(n -> link.equals(n.getString("link", null)))
        .count();
  }
}
