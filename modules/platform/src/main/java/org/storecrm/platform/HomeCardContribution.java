package org.storecrm.platform;

import java.util.List;
import java.util.Set;

/**
 * The home-page SPI: a module that has something to show a user first thing provides a CDI bean
 * implementing this. The home page asks only the contributions whose {@link #roles()} include the
 * user's role, so {@link #cards()} may call services that those roles may use.
 */
public interface HomeCardContribution {
  /** The roles this contribution has cards for. */
  Set<Role> roles();

  /** The cards for the current user (whose role is one of {@link #roles()}), computed now. */
  List<HomeCard> cards();
}
