package org.storecrm.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LanguagesTest {
  @ParameterizedTest
  @CsvSource({
    "en, en",
    "EN, en",
    "en-US, en",
    "en_GB, en",
    "zh_CN, zh_CN",
    "zh-CN, zh_CN",
    "zh-cn, zh_CN",
    "zh, zh_CN",
    "zh-Hans, zh_CN",
    "zh-Hans-CN, zh_CN",
    "zh_Hans_CN, zh_CN",
    "zh-SG, zh_CN",
    "' zh-CN ', zh_CN"
  })
  void readsBcp47AndTheStoredFormIntoOneForm(String tag, String normalized) {
    assertThat(Languages.normalize(tag)).isEqualTo(normalized);
    assertThat(Languages.normalize(normalized)).isEqualTo(normalized);
  }

  @ParameterizedTest
  @ValueSource(strings = {"zh-TW", "zh-Hant", "zh-Hant-CN", "zh-HK", "fr", "de-DE", "", "  ", "x"})
  void leavesWhatItDoesNotSupportForValidationToRefuse(String tag) {
    assertThat(Languages.normalize(tag)).isEqualTo(tag);
    assertThat(Languages.normalize(tag)).doesNotMatch(Languages.PATTERN);
  }

  @ParameterizedTest
  @CsvSource({
    "zh, CN, '', zh_CN",
    "zh, '', Hans, zh_CN",
    "zh_cn, '', '', zh_CN",
    "zh, TW, '', zh_CN",
    "en, US, '', en",
    "fr, FR, '', en",
    "zha, '', '', en"
  })
  void aBrowserLocaleMapsToTheClosestSupportedLanguage(
      String language, String country, String script, String expected) {
    java.util.Locale locale =
        new java.util.Locale.Builder()
            .setLanguage(language.contains("_") ? "zh" : language)
            .setRegion(country)
            .setScript(script)
            .build();
    if (language.contains("_")) {
      // What the servlet container makes of "Accept-Language: zh_CN": one odd language subtag.
      locale = new java.util.Locale(language);
    }
    assertThat(Languages.of(locale)).isEqualTo(expected);
  }

  @org.junit.jupiter.api.Test
  void nullStaysNull() {
    assertThat(Languages.normalize(null)).isNull();
  }

  @org.junit.jupiter.api.Test
  void aTextKeptInBothFormsIsPickedByTheLocaleAndTheLatinStandsInForAMissingChinese() {
    assertThat(Languages.pick(java.util.Locale.SIMPLIFIED_CHINESE, "Flagship", "旗舰店"))
        .isEqualTo("旗舰店");
    assertThat(Languages.pick(java.util.Locale.forLanguageTag("zh-Hans"), "Flagship", "旗舰店"))
        .isEqualTo("旗舰店");
    assertThat(Languages.pick(java.util.Locale.ENGLISH, "Flagship", "旗舰店")).isEqualTo("Flagship");
    assertThat(Languages.pick(java.util.Locale.SIMPLIFIED_CHINESE, "Flagship", null))
        .isEqualTo("Flagship");
  }
}
