package org.storecrm.sales;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A manager of the store approves a discount beyond the consultant's limit on the spot. */
public record ManagerApproval(
    @NotBlank @Size(max = 40) String username, @NotBlank @Size(max = 200) String password) {
  @Override
  public String toString() {
    return "ManagerApproval[" + username + "]"; // never the password
  }
}
