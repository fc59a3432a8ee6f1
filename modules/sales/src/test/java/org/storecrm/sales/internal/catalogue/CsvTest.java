package org.storecrm.sales.internal.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class CsvTest {
  @Test
  void readsPlainRecordsSeparatedByCrlfLfOrCr() throws Exception {
    assertThat(fields("a,b,c\r\nd,e,f\ng,h,i\rj,k,l"))
        .containsExactly(
            List.of("a", "b", "c"),
            List.of("d", "e", "f"),
            List.of("g", "h", "i"),
            List.of("j", "k", "l"));
  }

  @Test
  void aFinalLineBreakEndsTheLastRecordWithoutStartingAnother() throws Exception {
    assertThat(fields("a,b\r\n")).containsExactly(List.of("a", "b"));
    assertThat(fields("")).isEmpty();
    assertThat(fields("\uFEFF")).as("a byte order mark alone").isEmpty();
  }

  @Test
  void emptyFieldsAreKeptAtTheStartMiddleAndEnd() throws Exception {
    assertThat(fields(",a,,b,\r\n")).containsExactly(List.of("", "a", "", "b", ""));
  }

  @Test
  void quotedFieldsHoldCommasLineBreaksAndDoubledQuotes() throws Exception {
    List<Csv.Record> records =
        Csv.read("sku,name\r\n\"A,1\",\"Say \"\"hi\"\"\r\nagain\"\r\nB,\"\"\r\n");
    assertThat(records)
        .extracting(Csv.Record::fields)
        .containsExactly(
            List.of("sku", "name"), List.of("A,1", "Say \"hi\"\r\nagain"), List.of("B", ""));
    assertThat(records).extracting(Csv.Record::number).containsExactly(1, 2, 3);
  }

  @Test
  void recordsAreNumberedAsASpreadsheetNumbersRowsEvenWithLineBreaksInsideCells() throws Exception {
    List<Csv.Record> records = Csv.read("h\r\n\"two\nlines\"\r\nthird\r\n");
    assertThat(records).extracting(Csv.Record::number).containsExactly(1, 2, 3);
  }

  @Test
  void aStrayQuoteInsideAnUnquotedFieldIsKept() throws Exception {
    assertThat(fields("12\" tablet,x")).containsExactly(List.of("12\" tablet", "x"));
  }

  @Test
  void blankLinesAreRecordsOfOneEmptyField() throws Exception {
    List<Csv.Record> records = Csv.read("a\r\n\r\nb\r\n");
    assertThat(records).extracting(Csv.Record::blank).containsExactly(false, true, false);
  }

  @Test
  void anUnclosedQuoteOrTextAfterAClosingQuoteIsASyntaxErrorOfItsRecord() {
    assertThatThrownBy(() -> Csv.read("a\r\nb\r\n\"open,c\r\n"))
        .isInstanceOfSatisfying(
            Csv.SyntaxException.class,
            e -> {
              assertThat(e.record()).isEqualTo(3);
              assertThat(e.code()).isEqualTo("sales.import.unclosedQuote");
            });
    assertThatThrownBy(() -> Csv.read("a\r\n\"x\"y,z\r\n"))
        .isInstanceOfSatisfying(
            Csv.SyntaxException.class,
            e -> {
              assertThat(e.record()).isEqualTo(2);
              assertThat(e.code()).isEqualTo("sales.import.textAfterQuote");
            });
  }

  @Test
  void writesQuotesOnlyWhereNeeded() {
    StringWriter out = new StringWriter();
    Csv.write(out, List.of("plain", "a,b", "say \"x\"", "two\nlines", " padded", "", "中文"));
    assertThat(out.toString())
        .isEqualTo("plain,\"a,b\",\"say \"\"x\"\"\",\"two\nlines\",\" padded\",,中文\r\n");
  }

  @RepeatedTest(20)
  void whatIsWrittenReadsBackTheSame() throws Exception {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    String alphabet = "ab,\"\r\n 中文'=-";
    List<List<String>> rows = new ArrayList<>();
    for (int r = 0; r < 1 + random.nextInt(8); r++) {
      List<String> row = new ArrayList<>();
      for (int f = 0; f < 1 + random.nextInt(5); f++) {
        StringBuilder field = new StringBuilder();
        for (int c = 0; c < random.nextInt(6); c++) {
          field.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        row.add(field.toString());
      }
      if (row.size() == 1 && row.get(0).isEmpty()) {
        row.add("x"); // a lone empty field is a blank line
      }
      rows.add(row);
    }
    StringWriter out = new StringWriter();
    rows.forEach(row -> Csv.write(out, row));
    assertThat(fields(out.toString())).isEqualTo(rows);
  }

  @Test
  void decodesUtf8WithOrWithoutBomAndFallsBackToGb18030() {
    String text = "sku,name_zh\r\nA1,联想笔记本\r\n";
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[utf8.length + 3];
    System.arraycopy(Csv.UTF8_BOM, 0, withBom, 0, 3);
    System.arraycopy(utf8, 0, withBom, 3, utf8.length);
    assertThat(Csv.decode(utf8)).isEqualTo(text);
    assertThat(Csv.decode(withBom)).isEqualTo(text);
    assertThat(Csv.decode(text.getBytes(Charset.forName("GBK"))))
        .as("Excel on a Chinese Windows saves GBK")
        .isEqualTo(text);
  }

  private static List<List<String>> fields(String text) throws Csv.SyntaxException {
    return Csv.read(text).stream().map(Csv.Record::fields).toList();
  }
}
