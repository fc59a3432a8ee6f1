package org.storecrm.sales;

/** The catalogue's categories (docs/domain.md, "Catalogue and pricing roles"). */
public enum Category {
  DESKTOP,
  NOTEBOOK,
  PHONE,
  TABLET,
  CAMERA,
  CAMCORDER,
  ACCESSORY,
  SOFTWARE,
  SERVICE;

  /** A main product: the device a customer comes for, which accessories and services attach to. */
  public boolean isMainProduct() {
    return ordinal() <= CAMCORDER.ordinal();
  }

  /** Service products are sold without stock; everything else is counted per store. */
  public boolean isStocked() {
    return this != SERVICE;
  }
}
