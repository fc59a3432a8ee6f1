package org.storecrm.bundles.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.storecrm.bundles.AttachChecklists;
import org.storecrm.bundles.AttachChecklists.SheetLine;
import org.storecrm.sales.Catalogue;
import org.storecrm.sales.ProductView;

/** The printable tick-box sheet (配置单) of one main product, in the viewer's language. */
@Named
@ViewScoped
public class ChecklistSheet implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient AttachChecklists checklists;
  @Inject transient Catalogue catalogue;

  private Long productId;
  private ProductView product;
  private List<SheetLine> lines = List.of();

  public void load() {
    if (productId == null) {
      return;
    }
    product = catalogue.get(productId);
    lines = checklists.sheet(productId);
  }

  public Long getProductId() {
    return productId;
  }

  public void setProductId(Long productId) {
    this.productId = productId;
  }

  public ProductView getProduct() {
    return product;
  }

  public List<SheetLine> getLines() {
    return lines;
  }
}
