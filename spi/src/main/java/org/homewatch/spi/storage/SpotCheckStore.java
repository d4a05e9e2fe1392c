package org.homewatch.spi.storage;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.homewatch.model.CaseId;
import org.homewatch.model.SpotCheck;
import org.homewatch.model.SpotCheckId;

/**
 * Spot checks, an {@link OptionalStore optional store} (the first one added to the SPI): core's spot checks need
 * it. Case-scoped: every method names the case (the distribution key on Citus). A storage that offers it lists
 * {@code SpotCheckStore.class} in {@link Storage#optionalStores()} and passes the TCK's spot-check contract.
 *
 * <p>Stores keep records as given; the state machine is the record's ({@link SpotCheck#passed} and the other
 * transitions), not the store's.
 */
public interface SpotCheckStore extends OptionalStore {

  /**
   * Stores a new spot check as given (version 0 normally).
   *
   * @param check the new spot check
   * @throws org.homewatch.ConflictException if a spot check with this id is stored, or if {@code check} is
   *     {@link org.homewatch.model.SpotCheckState#REQUESTED REQUESTED} and the case has a REQUESTED one already
   *     (a case has at most one open spot check, also when two nodes ask at once)
   */
  void insert(SpotCheck check);

  /**
   * The spot check with this id, if stored for this case.
   *
   * @param caseId the case it belongs to
   * @param id the spot check's id
   * @return the spot check, or empty
   */
  Optional<SpotCheck> find(CaseId caseId, SpotCheckId id);

  /**
   * The case's spot check still {@code REQUESTED}, if any (there is at most one).
   *
   * @param caseId the case
   * @return the open spot check, or empty
   */
  Optional<SpotCheck> findOpen(CaseId caseId);

  /**
   * {@link #findOpen} for several cases at once, keyed by case id; cases without an open check are absent.
   * The settling batch reads a page of cases' checks with one call.
   *
   * @param caseIds the cases
   * @return the open checks, keyed by case id
   */
  Map<CaseId, SpotCheck> findOpen(Collection<CaseId> caseIds);

  /**
   * Every spot check of the case, settled ones too, oldest request first.
   *
   * @param caseId the case
   * @return its spot checks, oldest first; empty if it has none
   */
  List<SpotCheck> listForCase(CaseId caseId);

  /**
   * Replaces the stored check with {@code updated} if the stored version is {@code updated.version() - 1}.
   *
   * @param updated the check with its version one above the stored one
   * @throws org.homewatch.ConflictException if the stored version differs (someone else settled it first)
   * @throws org.homewatch.NotFoundException if there is no such check
   */
  void update(SpotCheck updated);
}
