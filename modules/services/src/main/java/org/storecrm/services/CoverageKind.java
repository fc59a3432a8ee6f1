package org.storecrm.services;

/**
 * What a service plan covers (docs/domain.md, "Service plans and contracts"): software service,
 * hardware, the screen, all.
 */
public enum CoverageKind {
  SOFTWARE,
  HARDWARE,
  SCREEN,
  FULL
}
