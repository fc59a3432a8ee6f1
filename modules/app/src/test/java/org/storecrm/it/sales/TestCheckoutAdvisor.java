package org.storecrm.it.sales;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.storecrm.sales.BasketItem;
import org.storecrm.sales.Category;
import org.storecrm.sales.CheckoutAdvisor;
import org.storecrm.sales.Suggestion;
import org.storecrm.sales.SuggestionKind;

/** Deployed only by {@link SalesSpiIT}: a camera's attach checklist and a service-card offer. */
@ApplicationScoped
public class TestCheckoutAdvisor implements CheckoutAdvisor {
  @Override
  public List<Suggestion> advise(List<BasketItem> basket) {
    List<Suggestion> suggestions = new ArrayList<>();
    for (BasketItem item : basket) {
      if (item.category() == Category.CAMERA) {
        suggestions.add(
            new Suggestion(
                "test.memory-card:" + item.productId(),
                item.productId(),
                SuggestionKind.ACCESSORY,
                null,
                "memory card",
                "A fast card for 4K video",
                1));
        suggestions.add(
            new Suggestion(
                "test.gold-card:" + item.productId(),
                item.productId(),
                SuggestionKind.SERVICE_PLAN,
                null,
                "Gold card",
                "On-site service for 3 years",
                2));
      }
    }
    return suggestions;
  }
}
