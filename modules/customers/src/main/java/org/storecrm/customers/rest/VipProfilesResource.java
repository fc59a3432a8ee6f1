package org.storecrm.customers.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.storecrm.customers.InvitationAnswer;
import org.storecrm.customers.NewVipInvitation;
import org.storecrm.customers.VipInvitationView;
import org.storecrm.customers.VipProfile;
import org.storecrm.customers.VipProfileChange;
import org.storecrm.customers.Vips;
import org.storecrm.platform.Page;
import org.storecrm.platform.Roles;
import org.storecrm.platform.rest.api.PageParams;

/** A VIP's section of the card: kind, the manager's meeting, invitations, leads referred. */
@Path("customers/{id}/vip-profile")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class VipProfilesResource {
  @Inject Vips vips;

  @Operation(
      operationId = "getVipProfile",
      summary = "Read a VIP's profile",
      description =
          "CONSULTANT, MANAGER, ADMIN. Kind, the manager who met them and when, the leads they"
              + " referred, the latest invitations. Not a VIP: 409; another store's customer: 404.")
  @RolesAllowed({Roles.CONSULTANT, Roles.MANAGER, Roles.ADMIN})
  @GET
  public VipProfile get(@PathParam("id") long id) {
    return vips.profile(id);
  }

  @Operation(
      operationId = "changeVipProfile",
      summary = "Set a VIP's kind and the manager's meeting",
      description =
          "CONSULTANT, MANAGER, ADMIN. kind; met true records the calling manager and now, false"
              + " clears it (only a manager: 422); version as read (0 before the first save; 409"
              + " when stale). Not a VIP: 409; another store's customer: 404.")
  @RolesAllowed({Roles.CONSULTANT, Roles.MANAGER, Roles.ADMIN})
  @PUT
  public VipProfile change(@PathParam("id") long id, VipProfileChange change) {
    return vips.change(id, change);
  }

  @Operation(
      operationId = "listVipInvitations",
      summary = "List a VIP's invitations",
      description = "CONSULTANT, MANAGER, ADMIN. Newest first; not a VIP: 409.")
  @RolesAllowed({Roles.CONSULTANT, Roles.MANAGER, Roles.ADMIN})
  @GET
  @Path("invitations")
  public Page<VipInvitationView> invitations(
      @PathParam("id") long id, @Valid @BeanParam PageParams page) {
    return vips.invitations(id, page.inFixedOrder("date", false));
  }

  @Operation(
      operationId = "inviteVip",
      summary = "Record an invitation to an event or a gift",
      description =
          "CONSULTANT, MANAGER, ADMIN. date, kind EVENT or GIFT, what, accepted (optional). Not a"
              + " VIP: 409; another store's customer: 404.")
  @APIResponse(
      responseCode = "201",
      description = "Recorded; Location names the invitation",
      content = @Content(schema = @Schema(implementation = VipInvitationView.class)))
  @RolesAllowed({Roles.CONSULTANT, Roles.MANAGER, Roles.ADMIN})
  @POST
  @Path("invitations")
  public Response invite(
      @PathParam("id") long id, NewVipInvitation invitation, @Context UriInfo uri) {
    VipInvitationView recorded = vips.invite(id, invitation);
    return Response.created(
            uri.getAbsolutePathBuilder().path(String.valueOf(recorded.id())).build())
        .entity(recorded)
        .build();
  }

  @Operation(
      operationId = "answerVipInvitation",
      summary = "Record a VIP's answer to an invitation",
      description =
          "CONSULTANT, MANAGER, ADMIN. accepted true or false; version as read (409 when stale).")
  @RolesAllowed({Roles.CONSULTANT, Roles.MANAGER, Roles.ADMIN})
  @PUT
  @Path("invitations/{invitationId}")
  public VipInvitationView answer(
      @PathParam("id") long id,
      @PathParam("invitationId") long invitationId,
      InvitationAnswer answer) {
    return vips.answer(id, invitationId, answer);
  }
}
