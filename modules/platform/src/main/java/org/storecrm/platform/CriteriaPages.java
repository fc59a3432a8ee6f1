package org.storecrm.platform;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs one page of a filtered, sorted list in the database: a count and a page query built from the
 * same filter. Every list of every module goes through here.
 */
public final class CriteriaPages {
  private CriteriaPages() {}

  /**
   * @param filter builds the where-clause for a root (called once per query)
   * @param sortable the sort names the list accepts, each to the expression it orders by
   * @param defaultSort used when the request names no known sort; the id breaks ties
   * @param fetches fetch joins for the page query only, so that a page needs no further queries
   */
  public static <E> Page<E> find(
      EntityManager em,
      Class<E> type,
      PageRequest page,
      BiFunction<CriteriaBuilder, Root<E>, Predicate> filter,
      Map<String, Function<Root<E>, Expression<?>>> sortable,
      String defaultSort,
      Consumer<Root<E>> fetches) {
    return find(
        em,
        type,
        page,
        (cb, query, root) -> filter.apply(cb, root),
        sortable,
        defaultSort,
        fetches);
  }

  /** A where-clause that may need its query, e.g. to build a subquery. */
  @FunctionalInterface
  public interface Filter<E> {
    Predicate apply(CriteriaBuilder cb, AbstractQuery<?> query, Root<E> root);
  }

  /** As above, for a filter that builds subqueries. */
  public static <E> Page<E> find(
      EntityManager em,
      Class<E> type,
      PageRequest page,
      Filter<E> filter,
      Map<String, Function<Root<E>, Expression<?>>> sortable,
      String defaultSort,
      Consumer<Root<E>> fetches) {
    CriteriaBuilder cb = em.getCriteriaBuilder();

    CriteriaQuery<Long> count = cb.createQuery(Long.class);
    Root<E> countRoot = count.from(type);
    count.select(cb.count(countRoot)).where(filter.apply(cb, count, countRoot));
    long total = em.createQuery(count).getSingleResult();

    CriteriaQuery<E> select = cb.createQuery(type);
    Root<E> root = select.from(type);
    fetches.accept(root);
    Function<Root<E>, Expression<?>> sortBy =
        page.sort() != null && sortable.containsKey(page.sort())
            ? sortable.get(page.sort())
            : sortable.get(defaultSort);
    Expression<?> sortExpression = sortBy.apply(root);
    select
        .select(root)
        .where(filter.apply(cb, select, root))
        .orderBy(
            page.ascending() ? cb.asc(sortExpression) : cb.desc(sortExpression),
            page.ascending() ? cb.asc(root.get("id")) : cb.desc(root.get("id")));
    var items =
        em.createQuery(select)
            .setFirstResult(page.offset())
            .setMaxResults(page.size())
            .getResultList();
    return new Page<>(items, total, page.page(), page.size());
  }

  /**
   * The total of a page's list without a count query where the page shows it: a page shorter than
   * asked (and not empty past the end) is the last one, so the total is its offset plus its rows.
   * Only a full page, or an empty one past the first, needs {@code count}.
   */
  public static long total(PageRequest page, int rows, java.util.function.LongSupplier count) {
    if (rows < page.size() && (rows > 0 || page.offset() == 0)) {
      return (long) page.offset() + rows;
    }
    return count.getAsLong();
  }

  /** A case-insensitive "contains" pattern for LIKE, with the wildcards of the input escaped. */
  public static String containsPattern(String text) {
    return "%" + escapeLike(text.trim().toLowerCase(java.util.Locale.ROOT)) + "%";
  }

  /** A "starts with" pattern for LIKE, which an ordinary index can serve. */
  public static String prefixPattern(String text) {
    return escapeLike(text.trim()) + "%";
  }

  public static final char LIKE_ESCAPE = '\\';

  private static String escapeLike(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
