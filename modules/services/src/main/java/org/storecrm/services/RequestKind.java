package org.storecrm.services;

/** What a service request asks for (DOMAIN.md section 4). */
public enum RequestKind {
  INSTALLATION,
  ON_SITE,
  CARRY_IN
}
