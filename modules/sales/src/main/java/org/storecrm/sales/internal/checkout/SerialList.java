package org.storecrm.sales.internal.checkout;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An order line's serials in one column, separated by ';', which {@link
 * org.storecrm.sales.OrderLineInput#SERIAL} never lets into a serial; none is null.
 */
@Converter
public class SerialList implements AttributeConverter<List<String>, String> {
  private static final String SEPARATOR = ";";

  @Override
  public String convertToDatabaseColumn(List<String> serials) {
    return serials == null || serials.isEmpty() ? null : String.join(SEPARATOR, serials);
  }

  @Override
  public List<String> convertToEntityAttribute(String column) {
    return column == null || column.isEmpty()
        ? new ArrayList<>()
        : new ArrayList<>(Arrays.asList(column.split(SEPARATOR)));
  }
}
