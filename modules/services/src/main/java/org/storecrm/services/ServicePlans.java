package org.storecrm.services;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Collection;
import java.util.List;

/**
 * The chain's service plans (Pioneer Care cards and extended warranties): everyone reads them,
 * managers and head office define and change them. Each plan is sold through a catalogue product of
 * category SERVICE, whose price and cost are the plan's.
 */
public interface ServicePlans {
  /** Plans on sale, by code. */
  List<ServicePlanView> plans();

  /** Every plan, retired ones too, by code (managers and head office). */
  List<ServicePlanView> all();

  ServicePlanView get(long id);

  /** The plans sold through these catalogue products (unknown ids left out), on sale or not. */
  List<ServicePlanView> byProducts(@NotNull Collection<Long> productIds);

  /**
   * A new plan; without {@code productId} its catalogue product ({@code SV-<code>}) is created with
   * it, with one the product (category SERVICE, not another plan's) takes the plan's name and
   * price.
   */
  ServicePlanView create(@NotNull @Valid ServicePlanForm form);

  /** Changes a plan and its product's name, price and cost; a stale {@code version} is refused. */
  ServicePlanView update(long id, @NotNull @Valid ServicePlanChanges changes);
}
