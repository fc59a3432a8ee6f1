package org.storecrm.customers.internal.cards;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.storecrm.customers.PhoneType;

/** A phone of the customer's besides the primary one. */
@Embeddable
public class OtherPhone {
  @Column(nullable = false, length = 30)
  String phone;

  @Enumerated(EnumType.STRING)
  @Column(name = "phone_type", nullable = false, length = 10)
  PhoneType type;

  protected OtherPhone() {}

  OtherPhone(PhoneNumbers.Checked checked) {
    this.phone = checked.number();
    this.type = checked.type();
  }
}
