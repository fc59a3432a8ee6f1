package org.storecrm.platform.internal.stores;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.LinkedHashMap;
import java.util.Map;
import org.storecrm.platform.StoreForm;
import org.storecrm.platform.StoreView;

@Entity
@Table(name = "plt_store")
public class Store {
  @Id
  @SequenceGenerator(name = "plt_store_seq", sequenceName = "plt_store_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plt_store_seq")
  private Long id;

  @Column(nullable = false, length = 20)
  private String code;

  @Column(nullable = false, length = 100)
  private String name;

  @Column(name = "name_zh", length = 100)
  private String nameZh;

  @Column(nullable = false, length = 60)
  private String region;

  @Column(nullable = false, length = 60)
  private String city;

  @Column(length = 200)
  private String address;

  @Column(name = "address_zh", length = 200)
  private String addressZh;

  @Column(length = 30)
  private String phone;

  @Column(nullable = false)
  private boolean active;

  @Version private long version;

  protected Store() {}

  public Store(StoreForm form) {
    take(form);
  }

  /** An administrator edited the store's details (code, names, place, phone, activity). */
  public void edit(StoreForm form) {
    take(form);
  }

  private void take(StoreForm form) {
    code = form.code();
    name = form.name();
    nameZh = blankToNull(form.nameZh());
    region = form.region();
    city = form.city();
    address = form.address();
    addressZh = blankToNull(form.addressZh());
    phone = form.phone();
    active = form.active();
  }

  StoreView toView() {
    return new StoreView(
        id, code, name, nameZh, region, city, address, addressZh, phone, active, version);
  }

  Map<String, Object> auditState() {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("code", code);
    state.put("name", name);
    state.put("nameZh", nameZh);
    state.put("region", region);
    state.put("city", city);
    state.put("address", address);
    state.put("addressZh", addressZh);
    state.put("phone", phone);
    state.put("active", active);
    return state;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public String getNameZh() {
    return nameZh;
  }

  long getVersion() {
    return version;
  }
}
