package org.storecrm.platform;

/** A staff member as lists, forms and the API show them; never the password hash. */
public record UserView(
    long id,
    String username,
    String fullName,
    Role role,
    Long storeId,
    String storeName,
    String storeNameZh,
    String language,
    boolean active,
    long version) {}
