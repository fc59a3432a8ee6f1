package org.storecrm.platform.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Reader;

/**
 * Reads what is left of a request body before the answer goes out. A request refused before its
 * body was read (401, 403, 404, 405) otherwise leaves the body unread in the socket; the container
 * then closes the connection with data pending, the kernel resets it, and the client sees no answer
 * at all instead of the refusal (Java's HttpClient: "header parser received no bytes", or EOF over
 * cleartext HTTP/2). Up to {@link #DRAIN_LIMIT} is read; a larger rest closes the connection on
 * purpose, as Tomcat's {@code maxSwallowSize} does.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true, dispatcherTypes = DispatcherType.REQUEST)
public class UnreadBodyFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;

  /** The most of an unread body read to keep the connection; larger bodies close it. */
  static final long DRAIN_LIMIT = 2L * 1024 * 1024;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    try {
      chain.doFilter(request, response);
    } finally {
      if (!request.isAsyncStarted() && hasBody(request)) {
        drain(request, response);
      }
    }
  }

  private static boolean hasBody(HttpServletRequest request) {
    return request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
  }

  private static void drain(HttpServletRequest request, HttpServletResponse response) {
    long read = 0;
    try {
      ServletInputStream in = request.getInputStream();
      byte[] buffer = new byte[8192];
      for (int n; read <= DRAIN_LIMIT && (n = in.read(buffer)) != -1; ) {
        read += n;
      }
    } catch (IllegalStateException readAsCharacters) {
      read = drainReader(request);
    } catch (IOException clientGone) {
      return;
    }
    if (read > DRAIN_LIMIT && !response.isCommitted()) {
      response.setHeader("Connection", "close");
    }
  }

  private static long drainReader(HttpServletRequest request) {
    long read = 0;
    try {
      Reader reader = request.getReader();
      for (long n; read <= DRAIN_LIMIT && (n = reader.skip(8192)) > 0; ) {
        read += n;
      }
    } catch (IOException | IllegalStateException e) {
      // nothing more to read, or the client went away: the container closes the connection
    }
    return read;
  }
}
