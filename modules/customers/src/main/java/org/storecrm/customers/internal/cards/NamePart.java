package org.storecrm.customers.internal.cards;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * One suffix of a customer's lower-cased name: "any part of the name" is then a prefix search on an
 * index ({@code part LIKE 'text%'}), which also serves the one- and two-character searches of
 * Chinese names that trigram indexes cannot.
 */
@Entity
@Table(name = "cus_name_part")
@IdClass(NamePart.Key.class)
public class NamePart {
  @Id
  @Column(name = "customer_id")
  private Long customerId;

  @Id
  @Column(length = 100)
  private String part;

  @Column(name = "store_id", nullable = false)
  private Long storeId;

  @Column(name = "name_key", nullable = false, length = 100)
  private String nameKey;

  protected NamePart() {}

  private NamePart(Customer customer, String part) {
    this.customerId = customer.id();
    this.storeId = customer.storeId();
    this.part = part;
    this.nameKey = customer.nameKey();
  }

  /** The suffixes worth searching: none starts with a space, none twice. */
  static Set<String> suffixes(String nameKey) {
    Set<String> parts = new LinkedHashSet<>();
    for (int i = 0; i < nameKey.length(); i = nameKey.offsetByCodePoints(i, 1)) {
      if (!Character.isWhitespace(nameKey.codePointAt(i))) {
        parts.add(nameKey.substring(i));
      }
    }
    return parts;
  }

  /** Writes the parts of a new customer's name, or replaces those of a renamed one. */
  public static void index(EntityManager em, Customer customer, boolean replace) {
    if (replace) {
      em.createQuery("delete from NamePart p where p.customerId = :customer")
          .setParameter("customer", customer.id())
          .executeUpdate();
    }
    suffixes(customer.nameKey()).forEach(part -> em.persist(new NamePart(customer, part)));
  }

  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    Long customerId;
    String part;

    public Key() {}

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && java.util.Objects.equals(customerId, key.customerId)
          && java.util.Objects.equals(part, key.part);
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hash(customerId, part);
    }
  }
}
