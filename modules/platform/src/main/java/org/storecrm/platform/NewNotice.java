package org.storecrm.platform;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A notice to post to staff. The text is a key of a module's message bundle, shown in each reader's
 * language when read.
 *
 * @param key what the notice is about, unique per recipient (e.g. {@code service-sla:breach:4711}):
 *     a second post under the same key to the same person is ignored
 * @param bundle the base name of the message bundle, e.g. {@code org.storecrm.services.messages}
 * @param args the message's arguments, as text
 * @param link a page of the application the notice leads to (e.g. {@code
 *     /services/job.xhtml?id=4711}), or null
 */
public record NewNotice(
    @NotBlank @Size(max = 120) String key,
    @NotBlank @Size(max = 100) String bundle,
    @NotBlank @Size(max = 100) String messageKey,
    @NotNull @Size(max = 10) List<@NotNull @Size(max = 200) String> args,
    @Size(max = 200) String link) {

  public NewNotice {
    args = args == null ? List.of() : List.copyOf(args);
  }
}
