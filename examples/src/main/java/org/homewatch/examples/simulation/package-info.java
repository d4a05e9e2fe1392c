/**
 * The province simulation, the README's main job. {@code --scenario province} (the default) follows four districts
 * of Gia Lai with a few thousand cases for 14 days ({@link org.homewatch.examples.simulation.ProvinceScenario});
 * {@code --scenario story} follows six people of Chư Sê for five days, printed the way their nurse sees them
 * ({@link org.homewatch.examples.simulation.Simulation}).
 *
 * <p>Determinism: every random choice comes from the seed, drawn per person (their identity, course and
 * declarations) or per alert (who answers it and when), never from the order a storage lists things in. Person
 * ids, declaration ids and account ids are therefore the same for a seed; case, alert and outbox ids are made by
 * Homewatch itself ({@code UUID.randomUUID()}) and differ between runs, which no figure depends on.
 *
 * <p>The units are the public GSO codes of 2021 built into {@code homewatch-units-vn} (from Thang Le Quoc's
 * MIT-licensed list of Vietnam's administrative units): the province of Gia Lai and four of its districts.
 */
@NullMarked
package org.homewatch.examples.simulation;

import org.jspecify.annotations.NullMarked;
