package org.storecrm.platform;

import java.util.List;

/** The current login locks, for administrators, who may lift one before it runs out. */
public interface LoginLocks {
  /** Locks in force now, the one ending soonest first. */
  List<LoginLock> current();

  /** Lifts a lock (and forgets its failures); an unknown or expired id is not found. */
  void lift(String id);
}
