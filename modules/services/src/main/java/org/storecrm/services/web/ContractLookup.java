package org.storecrm.services.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.storecrm.services.Coverage;
import org.storecrm.services.ServiceCoverage;
import org.storecrm.services.ServicePlanView;
import org.storecrm.services.ServicePlans;

/**
 * What covers a device today, by its serial number: the counter and the technicians ask before
 * quoting a repair. A contract sold in any store of the chain covers the device.
 */
@Named
@ViewScoped
public class ContractLookup implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient ServiceCoverage coverage;
  @Inject transient ServicePlans plans;
  @Inject transient Clock clock;

  private String serial;
  private List<Coverage> found;
  private Map<String, String> chineseNames;

  /** The view action: {@code ?serial=} looks it up at once. */
  public void open() {
    if (serial != null && !serial.isBlank()) {
      lookUp();
    }
  }

  public void lookUp() {
    found = serial == null || serial.isBlank() ? null : coverage.covering(serial, clock.instant());
  }

  /** The plan's name in the viewer's language (Chinese from the plans on sale). */
  public String planName(Coverage covered, boolean chinese) {
    if (!chinese) {
      return covered.planName();
    }
    if (chineseNames == null) {
      chineseNames =
          plans.plans().stream()
              .filter(p -> p.nameZh() != null)
              .collect(Collectors.toMap(ServicePlanView::code, ServicePlanView::nameZh));
    }
    return chineseNames.getOrDefault(covered.planCode(), covered.planName());
  }

  public boolean isSearched() {
    return found != null;
  }

  public List<Coverage> getFound() {
    return found == null ? List.of() : found;
  }

  public String getSerial() {
    return serial;
  }

  public void setSerial(String serial) {
    this.serial = serial == null ? null : serial.trim();
  }
}
