package org.storecrm.app.probe.nonpublicejbcall;

import jakarta.ejb.Stateless;

/** A bean whose sweep is package-private: {@link ProbeTimer}'s call must trip the rule. */
@Stateless
public class ProbeSweep {
  int sweep() {
    return 0;
  }
}
