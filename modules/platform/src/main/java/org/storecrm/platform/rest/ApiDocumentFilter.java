package org.storecrm.platform.rest;

import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.servers.Server;

/**
 * The last touch on the served document ({@code mp.openapi.filter}): server URLs without a trailing
 * slash (the paths start with one), and without the {@code endpoints} member Payara adds, which is
 * not part of OpenAPI (emptied: Payara copies the map and leaves empty members out).
 */
public class ApiDocumentFilter implements OASFilter {
  private static final Logger LOG = Logger.getLogger(ApiDocumentFilter.class.getName());

  @Override
  public Server filterServer(Server server) {
    String url = server.getUrl();
    if (url != null) {
      while (url.endsWith("/") && url.length() > 1) {
        url = url.substring(0, url.length() - 1);
      }
      server.setUrl(url);
    }
    return server;
  }

  @Override
  public void filterOpenAPI(OpenAPI document) {
    if (document.getServers() != null) {
      document.getServers().forEach(this::filterServer);
    }
    try {
      document.getClass().getMethod("setEndpoints", Map.class).invoke(document, new TreeMap<>());
    } catch (NoSuchMethodException notPayara) {
      // another implementation: nothing to take off
    } catch (ReflectiveOperationException | RuntimeException e) {
      LOG.log(Level.WARNING, "Could not take the endpoints member off the OpenAPI document", e);
    }
  }
}
