package org.storecrm.services;

/**
 * What a service plan covers (DOMAIN.md section 4): software service, hardware, the screen, all.
 */
public enum CoverageKind {
  SOFTWARE,
  HARDWARE,
  SCREEN,
  FULL
}
