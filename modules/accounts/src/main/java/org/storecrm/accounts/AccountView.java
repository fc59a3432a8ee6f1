package org.storecrm.accounts;

import java.math.BigDecimal;
import java.util.List;

/**
 * An account as its page and {@code GET /accounts/{id}} show it.
 *
 * @param creditHold no new credit sales while true (an invoice became overdue)
 * @param creditHoldReason why, in the caller's language; null without a hold
 * @param keyAccountHandover the account was handed to the key-account department (overdue past the
 *     escalation limit)
 */
public record AccountView(
    long id,
    long storeId,
    String name,
    String industry,
    Integer employees,
    AccountStatus status,
    AccountSource source,
    Long accountManagerId,
    String accountManagerName,
    int paymentTermDays,
    BigDecimal creditLimit,
    boolean creditHold,
    String creditHoldReason,
    boolean keyAccountHandover,
    List<ContactPerson> contacts,
    long version) {}
