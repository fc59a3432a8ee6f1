package org.storecrm.platform;

import java.time.Instant;

/**
 * A user name or client address locked after too many failed logins. {@code id} names it in the API
 * ({@code user:<name>} or {@code address:<client address>}).
 */
public record LoginLock(
    String id, String kind, String subject, int failures, Instant lockedUntil) {}
