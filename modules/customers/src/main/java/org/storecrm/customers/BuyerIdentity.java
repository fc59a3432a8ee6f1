package org.storecrm.customers;

/** Who a customer is, as a sweep of another module needs it to list them for someone's queue. */
public record BuyerIdentity(long id, long storeId, String name, String phone, CustomerType type) {}
