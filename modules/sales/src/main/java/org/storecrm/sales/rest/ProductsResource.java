package org.storecrm.sales.rest;

import jakarta.annotation.security.RolesAllowed;
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
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.storecrm.platform.Page;
import org.storecrm.platform.Roles;
import org.storecrm.platform.rest.api.PageParams;
import org.storecrm.sales.Catalogue;
import org.storecrm.sales.CatalogueExport;
import org.storecrm.sales.CatalogueImport;
import org.storecrm.sales.Category;
import org.storecrm.sales.ImportReport;
import org.storecrm.sales.NewProduct;
import org.storecrm.sales.PricingMix;
import org.storecrm.sales.ProductChanges;
import org.storecrm.sales.ProductFilter;
import org.storecrm.sales.ProductView;
import org.storecrm.sales.SlowSeller;
import org.storecrm.sales.SlowSellerFilter;
import org.storecrm.sales.SlowSellerRule;
import org.storecrm.sales.SlowSellers;
import org.storecrm.sales.StockChange;

@Path("products")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProductsResource {
  static final String CSV = "text/csv";
  static final String CSV_UTF8 = "text/csv; charset=UTF-8";

  @Inject Catalogue catalogue;
  @Inject CatalogueExport export;
  @Inject CatalogueImport imports;
  @Inject SlowSellers slowSellers;
  @Inject Clock clock;
  @Context UriInfo uri;

  /** 201 with the product; 409 with the existing product's {@code id} when the SKU is taken. */
  @Operation(
      operationId = "createProduct",
      summary = "Add a product to the catalogue",
      description = "MANAGER, ADMIN. A SKU already in the catalogue is 409 with its id.")
  @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
  @POST
  public Response create(NewProduct product) {
    ProductView created = catalogue.create(product);
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
        .entity(created)
        .build();
  }

  /** {@code q} matches a SKU prefix or any part of the English or Chinese name. */
  @Operation(
      operationId = "listProducts",
      summary = "Find products",
      description =
          "category, q (words of the brand, the English or Chinese name and the SKU, in any order"
              + " and case), inactive=true; sort relevance (the default with q: main products"
              + " first, in stock in the caller's store first, then by name), sku (the default"
              + " without q), name, price, category.")
  @RolesAllowed({
    Roles.CONSULTANT,
    Roles.MANAGER,
    Roles.SERVICE,
    Roles.ACCOUNT_MANAGER,
    Roles.ADMIN
  })
  @GET
  public Page<ProductView> find(
      @QueryParam("category") Category category,
      @QueryParam("q") String text,
      @QueryParam("inactive") @DefaultValue("false") boolean includeInactive,
      @Valid @BeanParam PageParams page) {
    return catalogue.find(
        new ProductFilter(category, text, includeInactive),
        page.sortedBy(text == null || text.isBlank() ? "sku" : Catalogue.RELEVANCE));
  }

  /**
   * The catalogue as CSV (the same filters as the list), streamed: UTF-8 with a byte order mark, in
   * SKU order, with the caller's store's stock. It imports unchanged.
   */
  @Operation(
      operationId = "exportProducts",
      summary = "Export the catalogue as CSV",
      description = "UTF-8 with a byte order mark, RFC 4180; filters as the list.")
  @APIResponse(
      responseCode = "200",
      description = "The catalogue as CSV",
      content = @Content(mediaType = "text/csv", schema = @Schema(implementation = String.class)))
  @RolesAllowed({
    Roles.CONSULTANT,
    Roles.MANAGER,
    Roles.SERVICE,
    Roles.ACCOUNT_MANAGER,
    Roles.ADMIN
  })
  @GET
  @Path("export")
  @Produces(CSV)
  public Response export(
      @QueryParam("category") Category category,
      @QueryParam("q") String text,
      @QueryParam("inactive") @DefaultValue("false") boolean includeInactive) {
    ProductFilter filter = new ProductFilter(category, text, includeInactive);
    StreamingOutput body = out -> export.write(filter, out);
    return Response.ok(body, CSV_UTF8)
        .header(
            "Content-Disposition",
            "attachment; filename=\"catalogue-" + LocalDate.now(clock) + ".csv\"")
        .build();
  }

  /**
   * Imports a CSV file in the export's format: {@code dryRun=true} only checks it. 200 with what it
   * did (or would do); 422 {@code sales.importInvalid} listing every fault, and nothing imported,
   * when any row is wrong. The body is UTF-8 (a byte order mark is fine), GB18030, or what the
   * {@code charset} of its {@code Content-Type} says.
   */
  @Operation(
      operationId = "importProducts",
      summary = "Import the catalogue from CSV",
      description =
          "MANAGER, ADMIN. dryRun=true only checks; any fault is 422 with every row's faults and nothing imported.")
  @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
  @POST
  @Path("import")
  @Consumes({CSV, MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
  public ImportSummary importCsv(
      @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
      @Context HttpHeaders headers,
      InputStream body)
      throws IOException {
    // The role check comes first, and no body is read past the largest file accepted.
    int max = imports.maxBytes();
    byte[] csv = body.readNBytes(max + 1);
    MediaType type = headers.getMediaType();
    String charset = type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER);
    if (charset != null && csv.length <= max) {
      Charset declared;
      try {
        declared = Charset.forName(charset);
      } catch (IllegalArgumentException unknown) {
        throw new WebApplicationException(Response.Status.UNSUPPORTED_MEDIA_TYPE);
      }
      if (!declared.equals(StandardCharsets.UTF_8)) {
        csv = new String(csv, declared).getBytes(StandardCharsets.UTF_8);
      }
    }
    ImportReport report = dryRun ? imports.check(csv) : imports.apply(csv);
    if (!report.valid()) {
      throw report.refusal();
    }
    return ImportSummary.of(dryRun, report);
  }

  /**
   * Slow sellers entering clearance (MANAGER, ADMIN): {@code storeId} for head office (without it
   * the whole chain), {@code category}, {@code q}; sort {@code soldUnits} (default), {@code
   * stockValue}, {@code onHand}, {@code sku}, {@code name}, {@code launchedOn}.
   */
  @Operation(
      operationId = "listSlowSellers",
      summary = "List slow sellers",
      description =
          "MANAGER, ADMIN. Products that sold at most the configured units in the configured days.")
  @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
  @GET
  @Path("slow-sellers")
  public SlowSellerPage slowSellers(
      @QueryParam("storeId") Long storeId,
      @QueryParam("category") Category category,
      @QueryParam("q") String text,
      @Valid @BeanParam PageParams page) {
    return new SlowSellerPage(
        slowSellers.rule(),
        slowSellers.find(
            new SlowSellerFilter(storeId, category, text), page.sortedBy("soldUnits")));
  }

  /** Moves a product into its clearance phase (MANAGER, ADMIN): {@code {version}}. */
  @Operation(
      operationId = "moveProductToClearance",
      summary = "Move a product into clearance",
      description = "MANAGER, ADMIN; a stale version or a product already in clearance is 409.")
  @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
  @POST
  @Path("{id}/clearance")
  public ProductView clearance(@PathParam("id") long id, Clearance clearance) {
    return slowSellers.moveToClearance(id, clearance == null ? -1 : clearance.version());
  }

  /** The body of a move to clearance: the product's version as read. */
  public record Clearance(long version) {}

  /** A page of slow sellers with the rule that found them. */
  public record SlowSellerPage(
      SlowSellerRule rule, List<SlowSeller> items, long total, int page, int size) {
    SlowSellerPage(SlowSellerRule rule, Page<SlowSeller> page) {
      this(rule, page.items(), page.total(), page.page(), page.size());
    }
  }

  @Operation(
      operationId = "getPricingMix",
      summary = "The active range per pricing role",
      description =
          "Every role. How many products are on sale in each pricing role, their share of the"
              + " range and the target share (a setting).")
  @RolesAllowed({
    Roles.CONSULTANT,
    Roles.MANAGER,
    Roles.SERVICE,
    Roles.ACCOUNT_MANAGER,
    Roles.ADMIN
  })
  @GET
  @Path("pricing-mix")
  public PricingMix pricingMix() {
    return catalogue.pricingMix();
  }

  @Operation(
      operationId = "getProduct",
      summary = "Read a product",
      description =
          "Every role. A product of the chain's catalogue with the caller's store's stock and units"
              + " sold (none for head office); an unknown product is 404.")
  @RolesAllowed({
    Roles.CONSULTANT,
    Roles.MANAGER,
    Roles.SERVICE,
    Roles.ACCOUNT_MANAGER,
    Roles.ADMIN
  })
  @GET
  @Path("{id}")
  public ProductView get(@PathParam("id") long id) {
    return catalogue.get(id);
  }

  @Operation(
      operationId = "updateProduct",
      summary = "Edit a product",
      description = "MANAGER, ADMIN; a stale version is 409.")
  @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
  @PUT
  @Path("{id}")
  public ProductView update(@PathParam("id") long id, ProductChanges changes) {
    return catalogue.update(id, changes);
  }

  /** The counted stock of the caller's store. */
  @Operation(
      operationId = "setProductStock",
      summary = "Set the counted stock",
      description = "The caller's store's stock; services have no stock (422).")
  @RolesAllowed({Roles.CONSULTANT, Roles.MANAGER, Roles.ADMIN})
  @PUT
  @Path("{id}/stock")
  public ProductView setStock(@PathParam("id") long id, StockChange change) {
    return catalogue.setStock(id, change);
  }
}
