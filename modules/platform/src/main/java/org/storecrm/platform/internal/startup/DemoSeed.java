package org.storecrm.platform.internal.startup;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Remembers that a module's demo data was seeded, so that a restart does not seed it again. */
@Entity
@Table(name = "plt_demo_seed")
public class DemoSeed {
  @Id
  @Column(length = 40)
  private String module;

  @Column(name = "seeded_at", nullable = false)
  private Instant seededAt;

  protected DemoSeed() {}

  DemoSeed(String module, Instant seededAt) {
    this.module = module;
    this.seededAt = seededAt;
  }
}
