package org.storecrm.accounts;

/** A visit to a prospect found cold (by territory), a follow-up visit to a prospect, a client. */
public enum VisitKind {
  COLD,
  PROSPECT,
  CLIENT
}
