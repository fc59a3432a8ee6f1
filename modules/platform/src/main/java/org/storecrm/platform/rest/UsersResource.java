package org.storecrm.platform.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.storecrm.platform.NewUser;
import org.storecrm.platform.Page;
import org.storecrm.platform.Role;
import org.storecrm.platform.Roles;
import org.storecrm.platform.StaffDirectory;
import org.storecrm.platform.UserChanges;
import org.storecrm.platform.UserFilter;
import org.storecrm.platform.UserView;
import org.storecrm.platform.rest.api.PageParams;

@Path("users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UsersResource {
  @Inject StaffDirectory staff;
  @Context UriInfo uri;

  public record PasswordReset(@NotBlank String newPassword) {}

  @Operation(
      operationId = "listUsers",
      summary = "List staff",
      description =
          "ADMIN, MANAGER (their own store). Filters q, role, storeId, active; sort username (default), fullName, role, store.")
  @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
  @GET
  public Page<UserView> list(
      @QueryParam("q") String text,
      @QueryParam("role") Role role,
      @QueryParam("storeId") Long storeId,
      @QueryParam("active") Boolean active,
      @Valid @BeanParam PageParams page) {
    return staff.find(new UserFilter(text, role, storeId, active), page.sortedBy("username"));
  }

  @Operation(
      operationId = "getUser",
      summary = "Read a staff member",
      description = "ADMIN, MANAGER. Never the password.")
  @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
  @GET
  @Path("{id}")
  public UserView get(@PathParam("id") long id) {
    return staff.get(id);
  }

  @Operation(
      operationId = "createUser",
      summary = "Create a staff member",
      description =
          "ADMIN. Every role but ADMIN needs a storeId; language takes en, zh_CN or a BCP 47 tag (zh-CN, zh-Hans, en-US) and is answered as en or zh_CN. A username taken is 409.")
  @RolesAllowed({Roles.ADMIN})
  @POST
  public Response create(NewUser user) {
    UserView created = staff.create(user);
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
        .entity(created)
        .build();
  }

  @Operation(
      operationId = "updateUser",
      summary = "Edit a staff member",
      description =
          "ADMIN. Administrators cannot deactivate themselves or drop their own admin role; a stale version is 409.")
  @RolesAllowed({Roles.ADMIN})
  @PUT
  @Path("{id}")
  public UserView update(@PathParam("id") long id, UserChanges changes) {
    return staff.update(id, changes);
  }

  @Operation(
      operationId = "resetUserPassword",
      summary = "Set a new password for a staff member",
      description = "ADMIN; for someone who lost theirs.")
  @APIResponse(responseCode = "204", description = "Set")
  @RolesAllowed({Roles.ADMIN})
  @POST
  @Path("{id}/password")
  public Response resetPassword(@PathParam("id") long id, PasswordReset reset) {
    staff.resetPassword(id, reset == null ? null : reset.newPassword());
    return Response.noContent().build();
  }
}
