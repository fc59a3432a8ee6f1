package org.storecrm.platform.rest;

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
import org.storecrm.platform.NewUser;
import org.storecrm.platform.Page;
import org.storecrm.platform.Role;
import org.storecrm.platform.StaffDirectory;
import org.storecrm.platform.UserChanges;
import org.storecrm.platform.UserFilter;
import org.storecrm.platform.UserView;

@Path("users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UsersResource {
  @Inject StaffDirectory staff;
  @Context UriInfo uri;

  public record PasswordReset(@NotBlank String newPassword) {}

  @GET
  public Page<UserView> list(
      @QueryParam("q") String text,
      @QueryParam("role") Role role,
      @QueryParam("storeId") Long storeId,
      @QueryParam("active") Boolean active,
      @Valid @BeanParam PageParams page) {
    return staff.find(new UserFilter(text, role, storeId, active), page.sortedBy("username"));
  }

  @GET
  @Path("{id}")
  public UserView get(@PathParam("id") long id) {
    return staff.get(id);
  }

  @POST
  public Response create(NewUser user) {
    UserView created = staff.create(user);
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
        .entity(created)
        .build();
  }

  @PUT
  @Path("{id}")
  public UserView update(@PathParam("id") long id, UserChanges changes) {
    return staff.update(id, changes);
  }

  @POST
  @Path("{id}/password")
  public Response resetPassword(@PathParam("id") long id, PasswordReset reset) {
    staff.resetPassword(id, reset == null ? null : reset.newPassword());
    return Response.noContent().build();
  }
}
