package org.storecrm.customers.rest;

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
import org.storecrm.customers.AppointmentView;
import org.storecrm.customers.Appointments;
import org.storecrm.customers.BasePromotion;
import org.storecrm.customers.Classifications;
import org.storecrm.customers.ContactView;
import org.storecrm.customers.CustomerCard;
import org.storecrm.customers.CustomerChanges;
import org.storecrm.customers.CustomerDirectory;
import org.storecrm.customers.CustomerReports;
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
import org.storecrm.platform.rest.PageParams;

@Path("customers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CustomersResource {
  @Inject CustomerDirectory customers;
  @Inject Appointments appointments;
  @Inject Classifications classifications;
  @Inject CustomerReports reports;
  @Context UriInfo uri;

  /** 201 with the card; 409 with the existing card's {@code id} when the phone is a customer. */
  @POST
  public Response register(NewCustomer customer) {
    CustomerCard card = customers.register(customer);
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(card.id())).build())
        .entity(card)
        .build();
  }

  @GET
  public Page<CustomerSummary> search(
      @QueryParam("q") String text, @Valid @BeanParam PageParams page) {
    return customers.find(text, page.sortedBy(null));
  }

  @GET
  @Path("{id}")
  public CustomerCard card(@PathParam("id") long id) {
    return customers.get(id);
  }

  /** 409 when the card changed since the {@code version} the client read. */
  @PUT
  @Path("{id}")
  public CustomerCard update(@PathParam("id") long id, CustomerChanges changes) {
    return customers.update(id, changes);
  }

  @PUT
  @Path("{id}/grade")
  public CustomerCard grade(@PathParam("id") long id, GradeChange change) {
    return customers.grade(id, change);
  }

  @POST
  @Path("{id}/contacts")
  public Response logContact(@PathParam("id") long id, NewContact contact) {
    ContactView logged = customers.logContact(id, contact);
    return Response.status(Response.Status.CREATED).entity(logged).build();
  }

  @GET
  @Path("{id}/contacts")
  public List<ContactView> contacts(
      @PathParam("id") long id,
      @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(PageRequest.MAX_SIZE) int limit) {
    return customers.contacts(id, limit);
  }

  @POST
  @Path("{id}/appointments")
  public Response book(@PathParam("id") long id, NewAppointment appointment) {
    AppointmentView booked = appointments.book(id, appointment);
    return Response.created(
            uri.getBaseUriBuilder().path("appointments").path(String.valueOf(booked.id())).build())
        .entity(booked)
        .build();
  }

  @GET
  @Path("{id}/appointments")
  public List<AppointmentView> appointments(@PathParam("id") long id) {
    return appointments.forCustomer(id);
  }

  /** The customer becomes a lost base customer; grading them again wins them back. */
  @POST
  @Path("{id}/lost-sales")
  public CustomerCard lostSale(@PathParam("id") long id, LostSaleReport report) {
    return classifications.recordLostSale(id, report);
  }

  /** MANAGER or ADMIN only. */
  @POST
  @Path("{id}/vip")
  public CustomerCard grantVip(@PathParam("id") long id, StatusChange grant) {
    return classifications.grantVip(id, grant);
  }

  /** 422 unless the card meets the base criteria ({@code promotableToBase} on the card). */
  @POST
  @Path("{id}/base-promotion")
  public CustomerCard promote(@PathParam("id") long id, BasePromotion promotion) {
    return classifications.promoteToBase(id, promotion);
  }

  @GET
  @Path("{id}/history")
  public List<HistoryEntry> history(@PathParam("id") long id) {
    return classifications.history(id);
  }

  @GET
  @Path("{id}/products")
  public List<OwnedProduct> products(@PathParam("id") long id) {
    return classifications.ownedProducts(id);
  }

  /** Hands customers and their open follow-ups to another consultant (MANAGER or ADMIN). */
  @POST
  @Path("reassignment")
  public jakarta.json.JsonObject reassign(Reassignment reassignment) {
    return jakarta.json.Json.createObjectBuilder()
        .add("moved", reports.reassign(reassignment))
        .build();
  }
}
