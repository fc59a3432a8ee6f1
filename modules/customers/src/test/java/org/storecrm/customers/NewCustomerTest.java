package org.storecrm.customers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class NewCustomerTest {
  @Test
  void theBuilderSetsWhatIsNamedAndLeavesTheRestEmpty() {
    NewCustomer walkIn =
        NewCustomer.builder(
                "Li Lei",
                "13812341234",
                CustomerType.PERSON,
                SourceChannel.WALK_IN,
                RegionType.CITY)
            .gender(Gender.MALE)
            .marketingConsent(true)
            .build();
    assertThat(walkIn)
        .isEqualTo(
            new NewCustomer(
                "Li Lei",
                "13812341234",
                null,
                CustomerType.PERSON,
                SourceChannel.WALK_IN,
                RegionType.CITY,
                null,
                null,
                null,
                null,
                null,
                true,
                null,
                null,
                null,
                Gender.MALE,
                null,
                null,
                null,
                null));
  }

  @Test
  void everyOptionalPartReachesItsComponent() {
    NewCustomer full =
        NewCustomer.builder(
                "Acme",
                "021-63510000",
                CustomerType.COMPANY,
                SourceChannel.PHONE_IN,
                RegionType.COUNTY)
            .phoneType(PhoneType.LANDLINE)
            .city("Chengdu")
            .county("Pixian")
            .birthday(LocalDate.of(1990, 5, 17))
            .consultantId(7L)
            .storeId(2L)
            .notes("n")
            .purpose("p")
            .outcome("o")
            .address("a")
            .referrerId(9L)
            .otherPhones(List.of("13900000000"))
            .language("en")
            .build();
    assertThat(full.phoneType()).isEqualTo(PhoneType.LANDLINE);
    assertThat(full.city()).isEqualTo("Chengdu");
    assertThat(full.county()).isEqualTo("Pixian");
    assertThat(full.birthday()).isEqualTo(LocalDate.of(1990, 5, 17));
    assertThat(full.consultantId()).isEqualTo(7L);
    assertThat(full.storeId()).isEqualTo(2L);
    assertThat(full.notes()).isEqualTo("n");
    assertThat(full.purpose()).isEqualTo("p");
    assertThat(full.outcome()).isEqualTo("o");
    assertThat(full.address()).isEqualTo("a");
    assertThat(full.referrerId()).isEqualTo(9L);
    assertThat(full.otherPhones()).containsExactly("13900000000");
    assertThat(full.language()).isEqualTo("en");
  }
}
