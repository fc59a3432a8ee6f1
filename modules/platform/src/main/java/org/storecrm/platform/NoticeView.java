package org.storecrm.platform;

import java.time.Instant;

/** A notice as its recipient reads it, the text in the reader's language. */
public record NoticeView(long id, Instant postedAt, String text, String link, boolean read) {}
