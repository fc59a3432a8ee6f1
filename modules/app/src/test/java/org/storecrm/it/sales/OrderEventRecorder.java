package org.storecrm.it.sales;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.storecrm.sales.OrderPlaced;
import org.storecrm.sales.OrderReturned;

/**
 * Deployed only by {@link SalesSpiIT}: records the sales module's own {@link OrderPlaced} and
 * {@link OrderReturned} events as the modules above sales observe them.
 */
@ApplicationScoped
@Path("test/order-events")
@Produces(MediaType.APPLICATION_JSON)
public class OrderEventRecorder {
  private static final List<OrderPlaced> PLACED = new CopyOnWriteArrayList<>();
  private static final List<OrderReturned> RETURNED = new CopyOnWriteArrayList<>();

  void placed(@Observes OrderPlaced order) {
    PLACED.add(order);
  }

  void returned(@Observes OrderReturned order) {
    RETURNED.add(order);
  }

  @GET
  @Path("placed/{orderId}")
  public List<OrderPlaced> placed(@PathParam("orderId") long orderId) {
    return PLACED.stream().filter(o -> o.orderId() == orderId).toList();
  }

  @GET
  @Path("returned/{orderId}")
  public List<OrderReturned> returned(@PathParam("orderId") long orderId) {
    return RETURNED.stream().filter(o -> o.orderId() == orderId).toList();
  }
}
