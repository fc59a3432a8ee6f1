package org.storecrm.platform;

/**
 * A module's demo data set. When demo data is switched on, the platform calls every implementation
 * once, in ascending {@link #order()}, each in its own transaction, and never again once it has
 * succeeded (the platform remembers each seeded module by {@link #module()}).
 */
public interface DemoData {
  String module();

  int order();

  void seed();

  /** The id of a store the platform's demo data created (seeding runs without a caller). */
  static long storeId(jakarta.persistence.EntityManager em, String code) {
    return ((Number)
            em.createNativeQuery("SELECT id FROM plt_store WHERE code = ?1")
                .setParameter(1, code)
                .getSingleResult())
        .longValue();
  }

  /** The ids of those of these demo stores that exist, in the order of their codes. */
  static java.util.List<Long> storeIds(jakarta.persistence.EntityManager em, String... codes) {
    java.util.List<Long> ids = new java.util.ArrayList<>();
    for (String code : java.util.Arrays.stream(codes).sorted().toList()) {
      em.createNativeQuery("SELECT id FROM plt_store WHERE code = ?1")
          .setParameter(1, code)
          .getResultStream()
          .findFirst()
          .ifPresent(id -> ids.add(((Number) id).longValue()));
    }
    return ids;
  }

  /** The id of a demo user, by username. */
  static long userId(jakarta.persistence.EntityManager em, String username) {
    return ((Number)
            em.createNativeQuery("SELECT id FROM plt_user WHERE username = ?1")
                .setParameter(1, username)
                .getSingleResult())
        .longValue();
  }

  /** A demo user's id and full name, by username; empty when there is no such user. */
  static java.util.Optional<DemoUser> user(jakarta.persistence.EntityManager em, String username) {
    return em.createNativeQuery("SELECT id, full_name FROM plt_user WHERE username = ?1")
        .setParameter(1, username)
        .getResultStream()
        .findFirst()
        .map(
            row -> {
              Object[] r = (Object[]) row;
              return new DemoUser(((Number) r[0]).longValue(), String.valueOf(r[1]));
            });
  }

  /** A demo user as other modules' demo data name it (a technician a demo job is dispatched to). */
  record DemoUser(long id, String fullName) {}
}
