package org.storecrm.platform.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.storecrm.platform.AuditEntry;
import org.storecrm.platform.AuditFilter;
import org.storecrm.platform.AuditLog;
import org.storecrm.platform.web.api.PagedModel;
import org.storecrm.platform.web.api.Texts;

/**
 * The audit trail, newest first, filtered by who, what record and when, with labels instead of the
 * stored codes.
 */
@Named
@ViewScoped
public class AuditList implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient AuditLog auditLog;
  @Inject transient AuditLabels labels;
  @Inject transient Texts texts;
  @Inject transient Clock clock;

  private PagedModel<AuditEntry> model;
  private LocalDate from;
  private LocalDate to;

  @PostConstruct
  void init() {
    model =
        new PagedModel<>(
            "occurredAt",
            (page, filters) ->
                auditLog.find(
                    new AuditFilter(
                        (String) filters.get("recordType"),
                        (String) filters.get("recordId"),
                        (String) filters.get("username"),
                        startOf(from),
                        startOf(to == null ? null : to.plusDays(1))),
                    page));
  }

  /** A new period: a fresh model, so that the count it keeps per filter is not reused. */
  public void periodChanged() {
    init();
  }

  /** A day's start on the chain's calendar (storecrm.zone), where the screen shows the times. */
  private Instant startOf(LocalDate day) {
    return day == null ? null : day.atStartOfDay(clock.getZone()).toInstant();
  }

  public PagedModel<AuditEntry> getModel() {
    return model;
  }

  /** The record-type filter's choices: label to code, in the viewer's language. */
  public Map<String, String> getRecordTypes() {
    return labels.recordTypes(texts.locale());
  }

  public String recordType(AuditEntry entry) {
    return labels.recordType(entry.recordType(), texts.locale());
  }

  public String action(AuditEntry entry) {
    return labels.action(entry.action(), texts.locale());
  }

  public String changes(AuditEntry entry) {
    return labels.changes(entry.recordType(), entry.changes(), texts.locale());
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }
}
