package org.storecrm.platform.web.api;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.storecrm.platform.Page;
import org.storecrm.platform.PageRequest;

/**
 * A PrimeFaces lazy table backed by a facade's paged query: paging, sorting and filtering all
 * happen in the database. Filters arrive as column field name to the value typed or picked.
 */
public class PagedModel<T> extends LazyDataModel<T> {
  private static final long serialVersionUID = 1L;

  /** Loads one page for the given filters. */
  public interface Loader<T> extends BiFunction<PageRequest, Map<String, Object>, Page<T>> {}

  private final transient Loader<T> loader;
  private final String defaultSort;
  private final SerializableFunction<T, Object> rowKey;
  // The total of the last page loaded: PrimeFaces asks for the count before every load, and
  // paging with the same filters need not count twice.
  private Map<String, Object> countedFilters;
  private long countedTotal;

  public PagedModel(String defaultSort, Loader<T> loader) {
    this(defaultSort, loader, null);
  }

  /**
   * A table whose rows can be selected: {@code rowKey} names a row (its id) so a selection made on
   * one page is found again on postback.
   */
  public PagedModel(String defaultSort, Loader<T> loader, SerializableFunction<T, Object> rowKey) {
    this.defaultSort = defaultSort;
    this.loader = loader;
    this.rowKey = rowKey;
  }

  /** A function the view state can keep. */
  public interface SerializableFunction<T, R>
      extends java.util.function.Function<T, R>, java.io.Serializable {}

  @Override
  public String getRowKey(T row) {
    if (rowKey == null) {
      return super.getRowKey(row);
    }
    return String.valueOf(rowKey.apply(row));
  }

  @Override
  public T getRowData(String key) {
    if (rowKey == null) {
      return super.getRowData(key);
    }
    List<T> rows = getWrappedData();
    return rows == null
        ? null
        : rows.stream().filter(row -> getRowKey(row).equals(key)).findFirst().orElse(null);
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    Map<String, Object> filters = values(filterBy);
    if (!filters.equals(countedFilters)) {
      countedTotal = loader.apply(PageRequest.first(1), filters).total();
      countedFilters = filters;
    }
    return (int) countedTotal;
  }

  @Override
  public List<T> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
    int size = Math.min(Math.max(pageSize, 1), PageRequest.MAX_SIZE);
    PageRequest request =
        new PageRequest(
            first / size,
            size,
            sort == null ? defaultSort : sort.getField(),
            sort == null || sort.getOrder() != SortOrder.DESCENDING);
    Map<String, Object> filters = values(filterBy);
    Page<T> page = loader.apply(request, filters);
    countedFilters = filters;
    countedTotal = page.total();
    setRowCount((int) page.total());
    return page.items();
  }

  private static Map<String, Object> values(Map<String, FilterMeta> filterBy) {
    Map<String, Object> values = new HashMap<>();
    filterBy.forEach(
        (field, meta) -> {
          Object value = meta.getFilterValue();
          if (value != null && !(value instanceof String text && text.isBlank())) {
            values.put(field, value);
          }
        });
    return values;
  }
}
