package org.storecrm.sales.internal.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.storecrm.sales.Catalogue;
import org.storecrm.sales.CatalogueExport;
import org.storecrm.sales.ProductFilter;
import org.storecrm.sales.ProductView;

/**
 * Streams the catalogue as CSV: one slice of products after another (keyset on the SKU, each slice
 * its own short read through {@link Catalogue#slice}), written and flushed as it comes, so neither
 * memory nor a transaction grows with the catalogue.
 */
@ApplicationScoped
public class CsvCatalogueExport implements CatalogueExport {
  static final int SLICE = 500;

  @Inject Catalogue catalogue;

  @Override
  public List<String> columns() {
    return ProductCsv.COLUMNS;
  }

  @Override
  public List<String> requiredColumns() {
    return ProductCsv.COLUMNS.stream().filter(ProductCsv.REQUIRED::contains).toList();
  }

  @Override
  public void write(ProductFilter filter, OutputStream out) throws IOException {
    out.write(Csv.UTF8_BOM);
    Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    try {
      Csv.write(writer, ProductCsv.COLUMNS);
      String after = null;
      while (true) {
        List<ProductView> slice = catalogue.slice(filter, after, SLICE);
        for (ProductView product : slice) {
          Csv.write(writer, ProductCsv.fields(product));
        }
        writer.flush();
        if (slice.size() < SLICE) {
          return;
        }
        after = slice.get(slice.size() - 1).sku();
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
