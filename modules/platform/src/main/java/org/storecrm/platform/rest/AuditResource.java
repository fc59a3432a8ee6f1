package org.storecrm.platform.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.storecrm.platform.AuditEntry;
import org.storecrm.platform.AuditFilter;
import org.storecrm.platform.AuditLog;
import org.storecrm.platform.Page;
import org.storecrm.platform.PageRequest;
import org.storecrm.platform.Roles;
import org.storecrm.platform.RuleViolationException;

@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {
  @Inject AuditLog auditLog;

  @Operation(
      operationId = "listAuditEntries",
      summary = "Read the audit trail",
      description =
          "ADMIN. Newest first; filters recordType, recordId, username, from, to (instants; to exclusive).")
  @RolesAllowed({Roles.ADMIN})
  @GET
  public Page<AuditEntry> list(
      @QueryParam("recordType") String recordType,
      @QueryParam("recordId") String recordId,
      @QueryParam("username") String username,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("page") @DefaultValue("0") @Min(0) int page,
      @QueryParam("size") @DefaultValue("50") @Min(1) @Max(PageRequest.MAX_SIZE) int size) {
    return auditLog.find(
        new AuditFilter(recordType, recordId, username, instant("from", from), instant("to", to)),
        new PageRequest(page, size, "occurredAt", false));
  }

  private static Instant instant(String field, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw RuleViolationException.refused(
          "error.instant.format",
          field,
          field + " must be an ISO-8601 instant such as 2026-11-23T08:00:00Z");
    }
  }
}
