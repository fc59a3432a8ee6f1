package org.storecrm.platform;

import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.List;

/** Names an invalid value the way the client knows it, for the API and the screens alike. */
public final class ValidationPaths {
  private ValidationPaths() {}

  /**
   * Method and parameter nodes of a method-validation path are dropped ({@code
   * create.user.username} becomes {@code username}), unless the parameter itself is the invalid
   * value. An element of a list is named by its index, as the client counts it ({@code
   * lines[0].serial}, {@code serials[1]}).
   */
  public static String fieldName(Path path) {
    List<String> field = new ArrayList<>();
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
      if (node.isInIterable() && !field.isEmpty()) {
        Object position = node.getIndex() != null ? node.getIndex() : node.getKey();
        if (position != null) {
          field.set(field.size() - 1, field.get(field.size() - 1) + "[" + position + "]");
        }
      }
      // A container element's node is named like "<list element>": the index above names it.
      if (node.getName() != null && !node.getName().startsWith("<")) {
        field.add(node.getName());
      }
    }
    String name = String.join(".", field);
    if (!name.isEmpty()) {
      return name;
    }
    return lastParameter == null ? "request" : lastParameter;
  }
}
