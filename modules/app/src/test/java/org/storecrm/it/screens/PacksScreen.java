package org.storecrm.it.screens;

import org.storecrm.it.Browser;

/** Gift packs: the list, selling one, and the editor. Page: {@code bundles/packs.xhtml}. */
public final class PacksScreen extends Screen {
  public PacksScreen(Browser browser) {
    super(browser);
  }

  public Element active() {
    return at("packEditForm:active");
  }

  public Element allPacks() {
    return at("packEditForm:allPacks");
  }

  public Element componentsSku(int row) {
    return at("packEditForm:components:" + row + ":sku");
  }

  public Element componentsSkuMessage(int row) {
    return at("packEditForm:components:" + row + ":sku_message");
  }

  public Element editor() {
    return at("packEditForm:editor");
  }

  public Element forCategory() {
    return at("packEditForm:forCategory");
  }

  public Element messages() {
    return at("packEditForm:messages");
  }

  public Element name() {
    return at("packEditForm:name");
  }

  public Element nameZh() {
    return at("packEditForm:nameZh");
  }

  public Element newPack() {
    return at("packEditForm:newPack");
  }

  public Element packs() {
    return at("packForm:packs");
  }

  public Element packsSell(int row) {
    return at("packForm:packs:" + row + ":sell");
  }

  public Element priceInput() {
    return at("packEditForm:price_input");
  }

  public Element priceMessage() {
    return at("packEditForm:price_message");
  }

  public Element save() {
    return at("packEditForm:save");
  }
}
