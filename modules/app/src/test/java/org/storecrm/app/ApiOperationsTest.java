package org.storecrm.app;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.junit.jupiter.api.Test;
import org.storecrm.platform.rest.api.ApiOperations;
import org.storecrm.platform.rest.api.ApiOperations.ApiOperation;

/**
 * The operations the OpenAPI document lists, read from every module on the classpath the way the
 * served document reads them: each has a unique operationId a client generator accepts, a summary
 * and its module's tag. A new resource whose method names clash fails here, before any server.
 */
class ApiOperationsTest {
  private final List<ApiOperation> operations =
      ApiOperations.scan(ApiOperationsTest.class.getClassLoader());

  @Test
  void everyModulesResourcesAreFound() {
    assertThat(operations)
        .extracting(ApiOperation::module)
        .contains("platform", "customers", "sales", "bundles");
    assertThat(operations)
        .extracting(o -> o.httpMethod() + " " + o.path())
        .contains(
            "GET /api/v1/me",
            "POST /api/v1/users",
            "GET /api/v1/customers/{id}",
            "POST /api/v1/admin/jobs/followups/run",
            "PUT /api/v1/targets/{month}");
  }

  @Test
  void operationIdsAreUniqueAndPlainIdentifiers() {
    assertThat(ApiOperations.duplicates(operations)).isEmpty();
    assertThat(operations)
        .allSatisfy(
            o ->
                assertThat(ApiOperations.validIdentifier(o.operationId()))
                    .as(o.operationId() + " of " + o.path())
                    .isTrue());
  }

  @Test
  void everyOperationHasASummaryAndItsPathParameters() {
    assertThat(operations)
        .allSatisfy(
            o -> {
              assertThat(o.summary()).as(o.operationId()).isNotBlank();
              assertThat(o.path()).doesNotContain(":").doesNotContain("//");
            });
  }

  @Test
  void everyOperationHasADescription() {
    List<String> undescribed =
        operations.stream()
            .filter(o -> o.description() == null || o.description().isBlank())
            .map(
                o ->
                    o.httpMethod()
                        + " "
                        + o.path()
                        + " ("
                        + o.resource().getSimpleName()
                        + "."
                        + o.method().getName()
                        + ", "
                        + o.operationId()
                        + ")")
            .toList();
    assertThat(undescribed)
        .as(
            "operations without a description: @Operation(description = ...) says what each does,"
                + " who may call it and its notable refusals")
        .isEmpty();
  }

  @Test
  void theExistingOperationsKeepTheirNames() {
    assertThat(operations)
        .extracting(ApiOperation::operationId)
        .contains(
            "listCustomers", "getCustomer", "registerCustomer", "runFollowUpSweep", "listUsers");
  }

  @Test
  void anOperationAnsweringAResponseSaysWhatUnlessItCreates() {
    assertThat(operations)
        .filteredOn(o -> o.method().getReturnType() == Response.class)
        .filteredOn(o -> ApiOperations.createdType(o) == null)
        .allSatisfy(
            o ->
                assertThat(o.method().getAnnotationsByType(APIResponse.class))
                    .as(o.operationId() + " answers a Response: which statuses and bodies?")
                    .isNotEmpty());
  }

  @Test
  void duplicatesAreFound() {
    ApiOperation one = operations.get(0);
    assertThat(ApiOperations.duplicates(List.of(one, one))).containsKey(one.operationId());
  }

  @Test
  void everyOperationDeclaresWhoMayCallIt() {
    assertThat(operations)
        .allSatisfy(
            o ->
                assertThat(ApiOperations.roles(o))
                    .as(
                        o.httpMethod()
                            + " "
                            + o.path()
                            + ": @RolesAllowed or @PermitAll on its method or resource, the same"
                            + " roles as the service it calls (published as x-roles)")
                    .isNotNull()
                    .isNotEmpty());
  }

  @Test
  void theRolesAnOperationDeclaresComeFromItsMethodElseItsClass() throws Exception {
    assertThat(ApiOperations.roles(probe("list"))).containsExactly("CONSULTANT", "MANAGER");
    assertThat(ApiOperations.roles(probe("change"))).containsExactly("ADMIN");
    assertThat(ApiOperations.roles(probe("open")))
        .containsExactly("CONSULTANT", "MANAGER", "SERVICE", "ACCOUNT_MANAGER", "ADMIN");
    assertThat(ApiOperations.roles(probe("closed"))).isEmpty();
    ApiOperation undeclared =
        new ApiOperation(
            "/api/v1/x",
            "GET",
            Undeclared.class,
            Undeclared.class.getMethod("list"),
            "probe",
            "listX",
            "List x",
            null);
    assertThat(ApiOperations.roles(undeclared)).isNull();
  }

  private static ApiOperation probe(String method) throws NoSuchMethodException {
    return new ApiOperation(
        "/api/v1/probe",
        "GET",
        RolesProbe.class,
        RolesProbe.class.getMethod(method),
        "probe",
        method + "Probe",
        method,
        null);
  }

  /** A resource declaring its roles every way JAX-RS resources can. */
  @jakarta.annotation.security.RolesAllowed({"CONSULTANT", "MANAGER"})
  public static class RolesProbe {
    public void list() {}

    @jakarta.annotation.security.RolesAllowed("ADMIN")
    public void change() {}

    @jakarta.annotation.security.PermitAll
    public void open() {}

    @jakarta.annotation.security.DenyAll
    public void closed() {}
  }

  /** A resource saying nothing about roles. */
  public static class Undeclared {
    public void list() {}
  }
}
