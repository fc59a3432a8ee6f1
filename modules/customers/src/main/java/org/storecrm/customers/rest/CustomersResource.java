package org.storecrm.customers.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.storecrm.customers.AppointmentView;
import org.storecrm.customers.Appointments;
import org.storecrm.customers.BasePromotion;
import org.storecrm.customers.Classifications;
import org.storecrm.customers.ContactView;
import org.storecrm.customers.CustomerAssignments;
import org.storecrm.customers.CustomerCard;
import org.storecrm.customers.CustomerChanges;
import org.storecrm.customers.CustomerDirectory;
import org.storecrm.customers.CustomerSummary;
import org.storecrm.customers.GradeChange;
import org.storecrm.customers.HistoryEntry;
import org.storecrm.customers.LostSaleReport;
import org.storecrm.customers.NewAppointment;
import org.storecrm.customers.NewContact;
import org.storecrm.customers.NewCustomer;
import org.storecrm.customers.OwnedProduct;
import org.storecrm.customers.Reassignment;
import org.storecrm.customers.StatusChange;
import org.storecrm.platform.Page;
import org.storecrm.platform.PageRequest;
import org.storecrm.platform.Roles;
import org.storecrm.platform.rest.api.PageParams;

@Path("customers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CustomersResource {
  @Inject CustomerDirectory customers;
  @Inject Appointments appointments;
  @Inject Classifications classifications;
  @Inject CustomerAssignments assignments;
  @Context UriInfo uri;

  /** 201 with the card; 409 with the existing card's {@code id} when the phone is a customer. */
  @Operation(
      operationId = "registerCustomer",
      summary = "Register a customer",
      description =
          "A phone already registered in the store is 409 with the existing card's id. Leads get a first-contact follow-up due within 24 h.")
  @RolesAllowed({
    Roles.CONSULTANT,
    Roles.MANAGER,
    Roles.SERVICE,
    Roles.ACCOUNT_MANAGER,
    Roles.ADMIN
  })
  @POST
  public Response register(NewCustomer customer) {
    CustomerCard card = customers.register(customer);
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(card.id())).build())
        .entity(card)
        .build();
  }

  @Operation(
      operationId = "listCustomers",
      summary = "Find customers",
      description =
          "q: a phone prefix (digits) or any part of the name; tier: a membership tier key; sort name, registeredAt, nextFollowUpDue. Phones are masked for head office.")
  @RolesAllowed({
    Roles.CONSULTANT,
    Roles.MANAGER,
    Roles.SERVICE,
    Roles.ACCOUNT_MANAGER,
    Roles.ADMIN
  })
  @GET
  public Page<CustomerSummary> search(
      @QueryParam("q") String text,
      @QueryParam("tier") String tier,
      @Valid @BeanParam PageParams page) {
    return customers.find(text, tier, page.sortedBy(null));
  }

  @Operation(
      operationId = "getCustomer",
      summary = "Read a customer card",
      description =
          "Classification, grade, nextFollowUpDue, lastContactAt, version. Another store's customer is 404.")
  @RolesAllowed({
    Roles.CONSULTANT,
    Roles.MANAGER,
    Roles.SERVICE,
    Roles.ACCOUNT_MANAGER,
    Roles.ADMIN
  })
  @GET
  @Path("{id}")
  public CustomerCard card(@PathParam("id") long id) {
    return customers.get(id);
  }

  /** 409 when the card changed since the {@code version} the client read. */
  @Operation(
      operationId = "updateCustomer",
      summary = "Edit a customer card",
      description = "Sends the version that was read; a stale one is 409.")
  @RolesAllowed({
    Roles.CONSULTANT,
    Roles.MANAGER,
    Roles.SERVICE,
    Roles.ACCOUNT_MANAGER,
    Roles.ADMIN
  })
  @PUT
  @Path("{id}")
  public CustomerCard update(@PathParam("id") long id, CustomerChanges changes) {
    return customers.update(id, changes);
  }

  @Operation(
      operationId = "gradeCustomer",
      summary = "Grade an intent customer",
      description = "O, H, A or B; answers the card with the new nextFollowUpDue.")
  @RolesAllowed({Roles.CONSULTANT, Roles.MANAGER, Roles.ADMIN})
  @PUT
  @Path("{id}/grade")
  public CustomerCard grade(@PathParam("id") long id, GradeChange change) {
    return customers.grade(id, change);
  }

  @Operation(
      operationId = "logCustomerContact",
      summary = "Log a contact",
      description =
          "A visit, phone-in, call or callback newer than every earlier contact completes the follow-up that was due.")
  @APIResponse(
      responseCode = "201",
      description = "Logged",
      content = @Content(schema = @Schema(implementation = ContactView.class)))
  @RolesAllowed({
    Roles.CONSULTANT,
    Roles.MANAGER,
    Roles.SERVICE,
    Roles.ACCOUNT_MANAGER,
    Roles.ADMIN
  })
  @POST
  @Path("{id}/contacts")
  public Response logContact(@PathParam("id") long id, NewContact contact) {
    ContactView logged = customers.logContact(id, contact);
    return Response.status(Response.Status.CREATED).entity(logged).build();
  }

  @Operation(
      operationId = "listCustomerContacts",
      summary = "Read a customer's timeline",
      description = "Newest first.")
  @RolesAllowed({
    Roles.CONSULTANT,
    Roles.MANAGER,
    Roles.SERVICE,
    Roles.ACCOUNT_MANAGER,
    Roles.ADMIN
  })
  @GET
  @Path("{id}/contacts")
  public List<ContactView> contacts(
      @PathParam("id") long id,
      @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(PageRequest.MAX_SIZE) int limit) {
    return customers.contacts(id, limit);
  }

  @Operation(
      operationId = "bookAppointment",
      summary = "Book a store visit",
      description = "startsAt must lie ahead (422); a confirmation call is due the day before.")
  @APIResponse(
      responseCode = "201",
      description = "Booked; Location names the appointment",
      content = @Content(schema = @Schema(implementation = AppointmentView.class)))
  @RolesAllowed({Roles.CONSULTANT, Roles.MANAGER, Roles.ADMIN})
  @POST
  @Path("{id}/appointments")
  public Response book(@PathParam("id") long id, NewAppointment appointment) {
    AppointmentView booked = appointments.book(id, appointment);
    return Response.created(
            uri.getBaseUriBuilder().path("appointments").path(String.valueOf(booked.id())).build())
        .entity(booked)
        .build();
  }

  @Operation(
      operationId = "listCustomerAppointments",
      summary = "List a customer's appointments",
      description =
          "CONSULTANT, MANAGER, SERVICE, ADMIN. Newest first (at most 200); another store's"
              + " customer is 404.")
  @RolesAllowed({Roles.CONSULTANT, Roles.MANAGER, Roles.SERVICE, Roles.ADMIN})
  @GET
  @Path("{id}/appointments")
  public List<AppointmentView> appointments(@PathParam("id") long id) {
    return appointments.forCustomer(id);
  }

  /** The customer becomes a lost base customer; grading them again wins them back. */
  @Operation(
      operationId = "recordLostSale",
      summary = "Record a lost sale",
      description = "The customer becomes a lost base customer; grading them again wins them back.")
  @RolesAllowed({Roles.CONSULTANT, Roles.MANAGER, Roles.ADMIN})
  @POST
  @Path("{id}/lost-sales")
  public CustomerCard lostSale(@PathParam("id") long id, LostSaleReport report) {
    return classifications.recordLostSale(id, report);
  }

  /** MANAGER or ADMIN only. */
  @Operation(
      operationId = "grantVip",
      summary = "Grant VIP status",
      description = "MANAGER, ADMIN; 409 if already VIP.")
  @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
  @POST
  @Path("{id}/vip")
  public CustomerCard grantVip(@PathParam("id") long id, StatusChange grant) {
    return classifications.grantVip(id, grant);
  }

  /** 422 unless the card meets the base criteria ({@code promotableToBase} on the card). */
  @Operation(
      operationId = "promoteToBase",
      summary = "Promote a customer to base",
      description = "422 unless the card shows promotableToBase.")
  @RolesAllowed({Roles.CONSULTANT, Roles.MANAGER, Roles.ADMIN})
  @POST
  @Path("{id}/base-promotion")
  public CustomerCard promote(@PathParam("id") long id, BasePromotion promotion) {
    return classifications.promoteToBase(id, promotion);
  }

  @Operation(
      operationId = "listCustomerHistory",
      summary = "Read a customer's classification history",
      description =
          "Every role. Changes of classification and grade, newest first, with who made them"
              + " and why; another store's customer is 404.")
  @RolesAllowed({
    Roles.CONSULTANT,
    Roles.MANAGER,
    Roles.SERVICE,
    Roles.ACCOUNT_MANAGER,
    Roles.ADMIN
  })
  @GET
  @Path("{id}/history")
  public List<HistoryEntry> history(@PathParam("id") long id) {
    return classifications.history(id);
  }

  @Operation(
      operationId = "listOwnedProducts",
      summary = "List the products a customer owns",
      description =
          "Every role. Bought here (with the order) or recorded as owned, newest first (at most"
              + " 200); another store's customer is 404.")
  @RolesAllowed({
    Roles.CONSULTANT,
    Roles.MANAGER,
    Roles.SERVICE,
    Roles.ACCOUNT_MANAGER,
    Roles.ADMIN
  })
  @GET
  @Path("{id}/products")
  public List<OwnedProduct> products(@PathParam("id") long id) {
    return classifications.ownedProducts(id);
  }

  /** Hands customers and their open follow-ups to another consultant (MANAGER or ADMIN). */
  @Operation(
      operationId = "reassignCustomers",
      summary = "Hand customers to another consultant",
      description =
          "MANAGER, ADMIN. Moves the customers and their open follow-ups; answers how many moved.")
  @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
  @POST
  @Path("reassignment")
  public Reassigned reassign(Reassignment reassignment) {
    return new Reassigned(assignments.reassign(reassignment));
  }

  /** How many customers a reassignment moved. */
  public record Reassigned(int moved) {}
}
