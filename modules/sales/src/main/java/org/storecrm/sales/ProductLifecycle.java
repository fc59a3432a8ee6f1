package org.storecrm.sales;

/**
 * The catalogue's lifecycle sweep: a product leaves its introduction phase (the first weeks after
 * launch, when staff push it hard at a high margin) for the plateau once those weeks are over.
 */
public interface ProductLifecycle {
  /** Runs the sweep now (administrators); a second run on the same day moves nothing. */
  LifecycleReport runSweep();
}
