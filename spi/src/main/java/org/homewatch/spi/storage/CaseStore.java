package org.homewatch.spi.storage;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.homewatch.model.CaseId;
import org.homewatch.model.CaseQuery;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.NationalId;
import org.homewatch.model.Page;
import org.homewatch.model.PageRequest;
import org.homewatch.model.PersonId;
import org.homewatch.model.PhoneNumber;

/** Isolation cases. Case-scoped: every statement names the case id (the distribution key on Citus). */
public interface CaseStore {

  /**
   * Stores a new case as given (its version is normally 0).
   *
   * @param isolationCase the new case
   * @throws org.homewatch.ConflictException if a case with this id exists
   */
  void insert(IsolationCase isolationCase);

  /**
   * The case with this id, in any status.
   *
   * @param id the case's id
   * @return the case, or empty if there is none
   */
  Optional<IsolationCase> find(CaseId id);

  /**
   * Replaces the stored case with {@code updated} if the stored version is {@code updated.version() - 1}.
   *
   * @param updated the case with its version one above the stored one
   * @throws org.homewatch.ConflictException if the stored version differs (someone else wrote first)
   * @throws org.homewatch.NotFoundException if there is no such case
   */
  void update(IsolationCase updated);

  /**
   * Cases matching the query, ordered by case id ({@link CaseId#compareTo}), keyset-paged.
   *
   * @param query the scope and filters of the line list
   * @param page where to start and how many
   * @return one page of cases and the cursor of the next
   */
  Page<IsolationCase> list(CaseQuery query, PageRequest page);

  /**
   * Cases (any status) of people with this national id, for duplicate detection at registration. Not scoped:
   * the caller (core) decides what it may reveal.
   *
   * @param nationalId the CCCD/CMND number to look for
   * @return every case of a person with that number, possibly none
   */
  List<IsolationCase> findByNationalId(NationalId nationalId);

  /**
   * Cases (any status) of people with this phone number, for duplicate detection at registration.
   *
   * @param phone the normalised phone number to look for
   * @return every case of a person with that number, possibly none
   */
  List<IsolationCase> findByPhone(PhoneNumber phone);

  /**
   * Cases (any status) whose person has this id, ordered by case id. Core reads them at registration so that one
   * person id never names two different people (a citizen acts for every case of their person id). Not scoped.
   *
   * @param person the person id
   * @return every case of that person, possibly none
   */
  List<IsolationCase> findByPerson(PersonId person);

  /**
   * Cases (any status) whose household head is this person, ordered by case id: the members a household head acts
   * for in the citizen's views. Not scoped: the caller (core) shows them only to that head.
   *
   * <p>The default refuses with a {@link org.homewatch.ConfigurationException} naming this method, so a third-party
   * storage written before it keeps compiling and keeps everything else working; the storage TCK checks it.
   *
   * @param head the household head
   * @return the cases that name {@code head} as their household head, oldest id first
   */
  default List<IsolationCase> findByHouseholdHead(PersonId head) {
    throw new org.homewatch.ConfigurationException(getClass().getName() + " does not find cases by household "
        + "head: implement CaseStore.findByHouseholdHead (checked by the storage TCK) for the citizen's views");
  }

  /**
   * The cases among {@code ids} that exist, keyed by id. Batch ingestion reads a batch's cases with one call;
   * storages override the default (one {@link #find} per id) with a single query.
   *
   * @param ids the ids to look up
   * @return the stored cases among them, keyed by id; missing ids are absent
   */
  default Map<CaseId, IsolationCase> findAll(Collection<CaseId> ids) {
    Map<CaseId, IsolationCase> found = new LinkedHashMap<>();
    for (CaseId id : ids) {
      find(id).ifPresent(c -> found.put(id, c));
    }
    return found;
  }

  /**
   * {@link #update} for each case, in order, with the same rules; storages override the default with batched
   * statements. If one is stale the whole call fails with {@link org.homewatch.ConflictException} (and the
   * surrounding transaction rolls back).
   *
   * @param updated the cases, each with its version one above the stored one
   */
  default void updateAll(List<IsolationCase> updated) {
    for (IsolationCase c : updated) {
      update(c);
    }
  }

  /**
   * {@link #updateAll} for cases that differ from what is stored only in their
   * {@link IsolationCase#monitoring() monitoring summary}, which is all that recording a declaration changes: the
   * same version rule, order and failures, but a storage may write just the summary and the version. The version
   * check is what makes that safe: a case stored at {@code version() - 1} has every other field as the caller read
   * it. Storages whose rows are wide (the person, the case's history) override the default, which is
   * {@link #updateAll}; declarations are by far the most frequent write.
   *
   * @param updated the cases, each with only its monitoring summary changed and its version one above the stored one
   * @throws org.homewatch.ConflictException if a stored version differs (someone else wrote first)
   * @throws org.homewatch.NotFoundException if a case is not stored
   */
  default void updateMonitoringAll(List<IsolationCase> updated) {
    updateAll(updated);
  }
}
