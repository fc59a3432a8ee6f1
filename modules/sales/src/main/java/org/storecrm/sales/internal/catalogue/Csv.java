package org.storecrm.sales.internal.catalogue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Comma-separated values as RFC 4180 writes them: fields separated by commas, records by CRLF, a
 * field that holds a comma, a double quote, a line break or leading or trailing blanks is enclosed
 * in double quotes, and a double quote inside it is doubled. Reading also takes LF or CR alone as
 * the end of a record (files saved on other systems) and keeps a stray quote inside an unquoted
 * field as it is.
 */
final class Csv {
  /** The byte order mark Excel needs to read a CSV file as UTF-8 (Chinese names). */
  static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private static final Charset GB18030 = Charset.forName("GB18030");

  private Csv() {}

  /** One record of a file: its number (the first record is 1) and its fields. */
  record Record(int number, List<String> fields) {
    /** A line with nothing on it, which readers skip. */
    boolean blank() {
      return fields.size() == 1 && fields.get(0).isEmpty();
    }
  }

  /** The file breaks the format (a quoted field is never closed, or text follows its quote). */
  static final class SyntaxException extends Exception {
    private static final long serialVersionUID = 1L;
    private final int record;
    private final String code;

    SyntaxException(int record, String code, String message) {
      super(message);
      this.record = record;
      this.code = code;
    }

    int record() {
      return record;
    }

    String code() {
      return code;
    }
  }

  /**
   * The text of an uploaded file: UTF-8 (with or without a byte order mark, which is dropped), or
   * else GB18030, the superset of GBK in which Excel on a Chinese Windows saves "CSV (comma
   * delimited)".
   */
  static String decode(byte[] bytes) {
    if (bytes.length >= 3
        && bytes[0] == UTF8_BOM[0]
        && bytes[1] == UTF8_BOM[1]
        && bytes[2] == UTF8_BOM[2]) {
      return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException notUtf8) {
      return new String(bytes, GB18030);
    }
  }

  /** Every record of the text, blank lines included (as one empty field). */
  static List<Record> read(String text) throws SyntaxException {
    List<Record> records = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int number = 1;
    int i = 0;
    int length = text.length();
    if (length > 0 && text.charAt(0) == '\uFEFF') {
      i = 1;
    }
    if (i == length) {
      return records;
    }
    while (true) {
      // At the start of a field.
      if (i < length && text.charAt(i) == '"') {
        i++;
        while (true) {
          if (i >= length) {
            throw new SyntaxException(
                number, "sales.import.unclosedQuote", "A quoted field is never closed");
          }
          char c = text.charAt(i++);
          if (c == '"') {
            if (i < length && text.charAt(i) == '"') {
              field.append('"');
              i++;
            } else {
              break;
            }
          } else {
            field.append(c);
          }
        }
        if (i < length && !isDelimiter(text.charAt(i))) {
          throw new SyntaxException(
              number,
              "sales.import.textAfterQuote",
              "Text follows the closing quote of a field; double a quote inside a quoted field");
        }
      } else {
        while (i < length && !isDelimiter(text.charAt(i))) {
          field.append(text.charAt(i++));
        }
      }
      fields.add(field.toString());
      field.setLength(0);
      if (i >= length) {
        records.add(new Record(number, List.copyOf(fields)));
        return records;
      }
      char delimiter = text.charAt(i++);
      if (delimiter == ',') {
        continue;
      }
      if (delimiter == '\r' && i < length && text.charAt(i) == '\n') {
        i++;
      }
      records.add(new Record(number++, List.copyOf(fields)));
      fields.clear();
      if (i >= length) {
        return records;
      }
    }
  }

  private static boolean isDelimiter(char c) {
    return c == ',' || c == '\n' || c == '\r';
  }

  /** Writes one record and its CRLF. */
  static void write(Writer out, List<String> fields) {
    try {
      for (int i = 0; i < fields.size(); i++) {
        if (i > 0) {
          out.write(',');
        }
        out.write(quoted(fields.get(i)));
      }
      out.write("\r\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String quoted(String value) {
    if (value == null || value.isEmpty()) {
      return "";
    }
    boolean quote =
        value.indexOf(',') >= 0
            || value.indexOf('"') >= 0
            || value.indexOf('\n') >= 0
            || value.indexOf('\r') >= 0
            || Character.isWhitespace(value.charAt(0))
            || Character.isWhitespace(value.charAt(value.length() - 1));
    return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
  }
}
