package org.storecrm.accounts;

import java.math.BigDecimal;

/** A row of the account list. */
public record AccountSummary(
    long id,
    long storeId,
    String name,
    String industry,
    AccountStatus status,
    Long accountManagerId,
    int paymentTermDays,
    BigDecimal creditLimit,
    boolean creditHold,
    boolean keyAccountHandover) {}
