package org.storecrm.platform.rest;

import jakarta.json.Json;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.storecrm.platform.rest.api.Problem;
import org.storecrm.platform.rest.api.Problems;

/**
 * The container's error pages (web.xml): a request to the API gets a problem document, whatever
 * refused it (a path the container will not route, such as {@code /api/v1/..%2F..}, or a filter
 * that failed); a screen gets the Faces error page named by the path ({@code /error/route/404} →
 * {@code /error/404.xhtml}).
 */
public class ContainerErrorPage extends HttpServlet {
  private static final Logger LOG = Logger.getLogger(ContainerErrorPage.class.getName());

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    String page = request.getPathInfo() == null ? "/500" : request.getPathInfo();
    if (!isApi(request)) {
      request.getRequestDispatcher("/error" + page + ".xhtml").forward(request, response);
      return;
    }
    Integer code = (Integer) request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status = code == null ? 500 : code;
    Problem problem =
        switch (status) {
          case 404 -> Problem.of("not-found", "Not found", 404, "No such resource");
          case 403 -> Problems.forbidden();
          case 400 -> Problem.of("malformed-request", "Malformed request", 400, null);
          default -> {
            String incident = UUID.randomUUID().toString();
            LOG.log(
                Level.SEVERE,
                "API request failed before reaching the API, incident " + incident,
                (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION));
            yield Problems.serverError(incident);
          }
        };
    response.setStatus(problem.status());
    response.setContentType(Problem.MEDIA_TYPE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(Json.createObjectBuilder(problem.members()).build().toString());
  }

  /** The request as the client sent it, before the container normalised or refused its path. */
  private static boolean isApi(HttpServletRequest request) {
    String uri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    return uri != null && uri.startsWith(request.getContextPath() + "/api/");
  }
}
