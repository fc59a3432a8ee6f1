package org.storecrm.sales.rest;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
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
import org.storecrm.platform.Page;
import org.storecrm.platform.rest.PageParams;
import org.storecrm.sales.Catalogue;
import org.storecrm.sales.Category;
import org.storecrm.sales.NewProduct;
import org.storecrm.sales.PricingMix;
import org.storecrm.sales.ProductChanges;
import org.storecrm.sales.ProductFilter;
import org.storecrm.sales.ProductView;
import org.storecrm.sales.StockChange;

@Path("products")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProductsResource {
  @Inject Catalogue catalogue;
  @Context UriInfo uri;

  /** 201 with the product; 409 with the existing product's {@code id} when the SKU is taken. */
  @POST
  public Response create(NewProduct product) {
    ProductView created = catalogue.create(product);
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
        .entity(created)
        .build();
  }

  /** {@code q} matches a SKU prefix or any part of the English or Chinese name. */
  @GET
  public Page<ProductView> find(
      @QueryParam("category") Category category,
      @QueryParam("q") String text,
      @QueryParam("inactive") @DefaultValue("false") boolean includeInactive,
      @Valid @BeanParam PageParams page) {
    return catalogue.find(new ProductFilter(category, text, includeInactive), page.sortedBy("sku"));
  }

  @GET
  @Path("pricing-mix")
  public PricingMix pricingMix() {
    return catalogue.pricingMix();
  }

  @GET
  @Path("{id}")
  public ProductView get(@PathParam("id") long id) {
    return catalogue.get(id);
  }

  @PUT
  @Path("{id}")
  public ProductView update(@PathParam("id") long id, ProductChanges changes) {
    return catalogue.update(id, changes);
  }

  /** The counted stock of the caller's store. */
  @PUT
  @Path("{id}/stock")
  public ProductView setStock(@PathParam("id") long id, StockChange change) {
    return catalogue.setStock(id, change);
  }
}
