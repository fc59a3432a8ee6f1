package org.storecrm.platform.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.storecrm.platform.CurrentUser;
import org.storecrm.platform.Roles;
import org.storecrm.platform.StaffDirectory;
import org.storecrm.platform.UserView;

@Path("me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {
  @Inject CurrentUser currentUser;
  @Inject StaffDirectory staff;

  /** The caller as integrations see them. */
  public record Me(
      String username,
      List<String> roles,
      Long storeId,
      String storeName,
      String fullName,
      String language) {}

  public record PasswordChange(@NotBlank String currentPassword, @NotBlank String newPassword) {}

  @Operation(
      operationId = "getMe",
      summary = "The caller",
      description =
          "Username, roles, store (absent for head office), full name and language of the caller.")
  @PermitAll
  @GET
  public Me me() {
    UserView user =
        staff
            .findByUsername(currentUser.username())
            .orElseThrow(jakarta.ws.rs.NotFoundException::new);
    return new Me(
        user.username(),
        List.of(user.role().name()),
        user.storeId(),
        user.storeName(),
        user.fullName(),
        user.language());
  }

  @Operation(
      operationId = "changeMyPassword",
      summary = "Change the own password",
      description = "Needs the current password; a wrong one is 422, a new one too short is 422.")
  @APIResponse(responseCode = "204", description = "Changed")
  @RolesAllowed({
    Roles.CONSULTANT,
    Roles.MANAGER,
    Roles.SERVICE,
    Roles.ACCOUNT_MANAGER,
    Roles.ADMIN
  })
  @POST
  @Path("password")
  public Response changePassword(PasswordChange change) {
    if (change == null) {
      throw new jakarta.ws.rs.BadRequestException();
    }
    staff.changeOwnPassword(change.currentPassword(), change.newPassword());
    return Response.noContent().build();
  }
}
