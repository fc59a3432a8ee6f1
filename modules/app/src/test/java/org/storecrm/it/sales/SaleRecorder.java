package org.storecrm.it.sales;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.storecrm.sales.OrderPlaced;

/**
 * Deployed only by {@link SalesSpiIT}: observes the sales module's {@link OrderPlaced} in the
 * order's transaction like the modules above sales do, and fails for a product whose SKU starts
 * with {@code FAILOBS}, so that the test can see the sale (and the buyer's card, which the sale has
 * already asked to record it) roll back with its observer.
 */
@ApplicationScoped
@Path("test/sales-events")
public class SaleRecorder {
  private static final List<OrderPlaced> SEEN = new CopyOnWriteArrayList<>();

  void on(@Observes OrderPlaced sale) {
    if (sale.lines().stream().anyMatch(line -> skuOf(line.productId()).startsWith("FAILOBS"))) {
      throw new IllegalStateException("the observer failed");
    }
    SEEN.add(sale);
  }

  @PersistenceContext EntityManager em;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public List<OrderPlaced> seen() {
    return List.copyOf(SEEN);
  }

  private String skuOf(long productId) {
    return (String)
        em.createNativeQuery("SELECT sku FROM sal_product WHERE id = ?1")
            .setParameter(1, productId)
            .getSingleResult();
  }

  /** How many order lines in the database sell this product (committed rows only). */
  @GET
  @Path("lines-of/{productId}")
  @Produces(MediaType.APPLICATION_JSON)
  public long linesOf(@PathParam("productId") long productId) {
    return ((Number)
            em.createNativeQuery("SELECT COUNT(*) FROM sal_order_line WHERE product_id = ?1")
                .setParameter(1, productId)
                .getSingleResult())
        .longValue();
  }
}
