package org.storecrm.platform.rest.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.storecrm.platform.PageRequest;

/**
 * The paging query parameters every list of the API takes ({@code @Valid @BeanParam}): {@code page}
 * from 0, {@code size} up to 200, {@code sort} among the list's sortable fields, {@code desc}.
 */
public class PageParams {
  @QueryParam("page")
  @DefaultValue("0")
  @Min(0)
  int page;

  @QueryParam("size")
  @DefaultValue("20")
  @Min(1)
  @Max(PageRequest.MAX_SIZE)
  int size;

  @QueryParam("sort")
  String sort;

  @QueryParam("desc")
  @DefaultValue("false")
  boolean descending;

  /** The page, sorted as asked or by {@code defaultSort}. */
  public PageRequest sortedBy(String defaultSort) {
    return new PageRequest(
        page, size, sort == null || sort.isBlank() ? defaultSort : sort, !descending);
  }

  /** The page of a list with one fixed order (the sort parameters do not apply). */
  public PageRequest inFixedOrder(String sort, boolean ascending) {
    return new PageRequest(page, size, sort, ascending);
  }
}
