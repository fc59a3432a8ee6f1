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
import org.storecrm.customers.SaleCompleted;

/**
 * Deployed only by {@link SalesSpiIT}: observes {@link SaleCompleted} in the order's transaction
 * like the customers module will, and fails for a product whose SKU starts with {@code FAILOBS}, so
 * that the test can see the sale roll back with its observer.
 */
@ApplicationScoped
@Path("test/sales-events")
public class SaleRecorder {
  private static final List<SaleCompleted> SEEN = new CopyOnWriteArrayList<>();

  void on(@Observes SaleCompleted sale) {
    if (sale.items().stream().anyMatch(item -> item.sku().startsWith("FAILOBS"))) {
      throw new IllegalStateException("the observer failed");
    }
    SEEN.add(sale);
  }

  @PersistenceContext EntityManager em;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public List<SaleCompleted> seen() {
    return List.copyOf(SEEN);
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
