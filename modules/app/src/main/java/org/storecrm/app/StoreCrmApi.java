package org.storecrm.app;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The REST API, version 1: every module's resources (in their jars) are part of it. */
@ApplicationPath(StoreCrmApi.PATH)
@OpenAPIDefinition(
    info =
        @Info(
            title = "StoreCRM API",
            version = "1",
            description =
                "Customers, sales, value-add and business accounts of an electronics retail"
                    + " chain. Errors are RFC 9457 problem documents (application/problem+json)."),
    security = @SecurityRequirement(name = "basic"))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class StoreCrmApi extends Application {
  public static final String PATH = "api/v1";
}
