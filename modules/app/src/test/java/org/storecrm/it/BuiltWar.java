package org.storecrm.it;

import java.io.File;
import java.net.URI;
import java.net.URL;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The Arquillian classes' deployment: the WAR as the build made it, and a client for it. */
public final class BuiltWar {
  private BuiltWar() {}

  /** The built storecrm.war, to deploy as it is or with test classes added. */
  public static WebArchive archive() {
    return ShrinkWrap.create(ZipImporter.class, "storecrm.war")
        .importFrom(new File(System.getProperty("storecrm.it.war")))
        .as(WebArchive.class);
  }

  /**
   * A REST client for the deployment at {@code base} (Arquillian's URL may lack the last slash).
   */
  public static Api api(URL base, String username, String password) {
    String root = base.toString();
    return Api.as(URI.create(root.endsWith("/") ? root : root + "/"), username, password);
  }
}
