package org.storecrm.customers.internal.complaints;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.storecrm.customers.ComplaintStatus;
import org.storecrm.customers.internal.CustomersSettings;

/**
 * A complaint's deadline: {@code storecrm.customers.complaint-deadline-hours} (default 48) after it
 * was opened, in elapsed hours (complaints are answered on weekends too). Unresolved past it, it is
 * overdue.
 */
@ApplicationScoped
public class ComplaintDeadlines {
  private Duration allowed;

  protected ComplaintDeadlines() {}

  @Inject
  ComplaintDeadlines(CustomersSettings settings) {
    this(settings.complaintDeadlineHours());
  }

  ComplaintDeadlines(int hours) {
    if (hours < 1) {
      throw new IllegalArgumentException(
          CustomersSettings.COMPLAINT_DEADLINE_HOURS_KEY
              + " must be an hour or more; it is "
              + hours);
    }
    this.allowed = Duration.ofHours(hours);
  }

  Instant deadline(Instant openedAt) {
    return openedAt.plus(allowed);
  }

  static boolean overdue(ComplaintStatus status, Instant deadline, Instant now) {
    return status.isUnresolved() && deadline.isBefore(now);
  }
}
