package org.storecrm.customers.internal.cards;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Any part of a name is the prefix of one of its suffixes. */
class NamePartTest {
  @Test
  void aChineseNameHasOneSuffixPerCharacter() {
    assertThat(NamePart.suffixes("陈静华")).containsExactly("陈静华", "静华", "华");
  }

  @Test
  void suffixesNeverStartWithASpaceAndAreKeptOnce() {
    assertThat(NamePart.suffixes("wang fang")).contains("wang fang", "fang", "ng fang", "g");
    assertThat(NamePart.suffixes("wang fang")).noneMatch(part -> part.startsWith(" "));
    assertThat(NamePart.suffixes("王王")).containsExactly("王王", "王");
  }

  @Test
  void charactersOutsideTheBasicPlaneStayWhole() {
    assertThat(NamePart.suffixes("𠮷田")).containsExactly("𠮷田", "田");
  }
}
