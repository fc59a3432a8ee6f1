package org.storecrm.platform;

/**
 * One page of a list, sorted in the database. {@code sort} names a sortable field of the list (each
 * list documents its own); unknown names fall back to the list's default order.
 */
public record PageRequest(int page, int size, String sort, boolean ascending) {
  public static final int MAX_SIZE = 200;

  public PageRequest {
    if (page < 0) {
      throw new IllegalArgumentException("page must be 0 or more");
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE);
    }
  }

  public static PageRequest first(int size) {
    return new PageRequest(0, size, null, true);
  }

  public int offset() {
    return page * size;
  }
}
