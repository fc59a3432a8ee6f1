package org.storecrm.customers;

import java.time.Instant;

/** A product on the customer card: bought here (with its order) or recorded as owned. */
public record OwnedProduct(
    long id,
    String sku,
    String name,
    String category,
    int quantity,
    Instant acquiredAt,
    boolean boughtHere,
    Long orderId) {}
