package org.storecrm.sales;

/** What importing a row of a catalogue file does: a new product, an update, or nothing. */
public enum ImportAction {
  NEW,
  UPDATE,
  UNCHANGED
}
