package org.storecrm.platform.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.storecrm.platform.NoticeView;
import org.storecrm.platform.Page;
import org.storecrm.platform.PageRequest;
import org.storecrm.platform.StaffNotices;

/** The caller's own in-app notices. */
@Path("notices")
@Produces(MediaType.APPLICATION_JSON)
public class NoticesResource {
  @Inject StaffNotices notices;

  /** How many notices are unread, for a badge. */
  public record Unread(long unread) {}

  @Operation(
      operationId = "listNotices",
      summary = "List the own notices",
      description = "Newest first, in the caller's language; unread=true for the unread ones.")
  @PermitAll
  @GET
  public Page<NoticeView> list(
      @QueryParam("unread") @DefaultValue("false") boolean unreadOnly,
      @QueryParam("page") @DefaultValue("0") @Min(0) int page,
      @QueryParam("size") @DefaultValue("50") @Min(1) @Max(PageRequest.MAX_SIZE) int size) {
    return notices.mine(unreadOnly, new PageRequest(page, size, null, false));
  }

  @Operation(
      operationId = "countUnreadNotices",
      summary = "Count the own unread notices",
      description = "Every role. How many of the caller's notices are unread, for a badge.")
  @PermitAll
  @GET
  @Path("unread")
  public Unread unread() {
    return new Unread(notices.unreadCount());
  }

  @Operation(
      operationId = "markNoticeRead",
      summary = "Mark a notice read",
      description = "Another user's notice is 404.")
  @PermitAll
  @POST
  @Path("{id}/read")
  public Unread markRead(@PathParam("id") long id) {
    notices.markRead(id);
    return new Unread(notices.unreadCount());
  }

  @Operation(
      operationId = "markAllNoticesRead",
      summary = "Mark every own notice read",
      description = "Every role. Marks all the caller's notices read; answers the unread count.")
  @PermitAll
  @POST
  @Path("read")
  public Unread markAllRead() {
    notices.markAllRead();
    return new Unread(notices.unreadCount());
  }
}
