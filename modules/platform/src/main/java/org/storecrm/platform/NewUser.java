package org.storecrm.platform;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new staff member. Only administrators create them. */
public record NewUser(
    @NotBlank
        @Size(min = 3, max = 40)
        @Pattern(regexp = "[a-z0-9._-]+", message = "{user.username.pattern}")
        String username,
    @NotBlank @Size(max = 200) String password,
    @NotBlank @Size(max = 100) String fullName,
    @NotNull Role role,
    Long storeId,
    @NotNull
        @Pattern(regexp = Languages.PATTERN, message = "{user.language.pattern}")
        @Schema(description = Languages.DESCRIPTION, example = "zh-CN")
        String language) {
  public NewUser {
    language = Languages.normalize(language);
  }
}
