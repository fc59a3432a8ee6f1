package org.storecrm.platform;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An administrator's edit of a staff member; {@code version} is the version that was read. */
public record UserChanges(
    @NotBlank @Size(max = 100) String fullName,
    @NotNull Role role,
    Long storeId,
    @NotNull
        @Pattern(regexp = Languages.PATTERN, message = "{user.language.pattern}")
        @Schema(description = Languages.DESCRIPTION, example = "zh-CN")
        String language,
    boolean active,
    @NotNull Long version) {
  public UserChanges {
    language = Languages.normalize(language);
  }
}
