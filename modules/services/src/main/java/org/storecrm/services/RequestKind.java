package org.storecrm.services;

/** What a service request asks for (docs/domain.md, "Service requests and the SLA"). */
public enum RequestKind {
  INSTALLATION,
  ON_SITE,
  CARRY_IN
}
