package org.storecrm.app;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.storecrm.platform.rest.api.ApiOperations;

/**
 * The REST API, version 1: every module's resources (in their jars) are part of it. Its OpenAPI
 * document is platform's {@code ApiDocument}.
 */
@ApplicationPath(ApiOperations.BASE_PATH)
public class StoreCrmApi extends Application {
  public static final String PATH = ApiOperations.BASE_PATH;
}
