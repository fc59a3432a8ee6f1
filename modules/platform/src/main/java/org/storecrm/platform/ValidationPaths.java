package org.storecrm.platform;

import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.StringJoiner;

/** Names an invalid value the way the client knows it, for the API and the screens alike. */
public final class ValidationPaths {
  private ValidationPaths() {}

  /**
   * Method and parameter nodes of a method-validation path are dropped ({@code
   * create.user.username} becomes {@code username}), unless the parameter itself is the invalid
   * value.
   */
  public static String fieldName(Path path) {
    StringJoiner field = new StringJoiner(".");
    String lastParameter = null;
    for (Path.Node node : path) {
      ElementKind kind = node.getKind();
      if (kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR) {
        continue;
      }
      if (kind == ElementKind.PARAMETER || kind == ElementKind.CROSS_PARAMETER) {
        lastParameter = node.getName();
        continue;
      }
      if (node.getName() != null) {
        field.add(node.getName());
      }
    }
    String name = field.toString();
    if (!name.isEmpty()) {
      return name;
    }
    return lastParameter == null ? "request" : lastParameter;
  }
}
