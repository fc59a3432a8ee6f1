package org.storecrm.app.probe.nonpublicejbcall;

import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;

/** Calls {@link ProbeSweep}'s package-private method, as LifecycleSweepTimer once did. */
@Singleton
public class ProbeTimer {
  @EJB ProbeSweep sweep;

  int everyHour() {
    return sweep.sweep();
  }
}
