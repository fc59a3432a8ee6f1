package org.storecrm.customers;

/**
 * One group of the lost-sale analysis.
 *
 * @param key what the group is: a reason's code, a competitor as recorded, a sales category, a
 *     staff username; null for losses that did not say
 * @param name the reason's or staff member's name in the reader's language; null where the key
 *     speaks for itself
 */
public record LostSaleCount(String key, String name, long count) {}
