package org.homewatch.core.directory;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.homewatch.ValidationException;
import org.homewatch.core.access.AccessControl;
import org.homewatch.core.access.Operation;
import org.homewatch.core.audit.AuditLog;
import org.homewatch.core.internal.Arguments;
import org.homewatch.core.internal.Transactions;
import org.homewatch.model.Jurisdiction;
import org.homewatch.model.JurisdictionPath;
import org.homewatch.model.JurisdictionScheme;
import org.homewatch.model.Principal;

/**
 * The administrative units a deployment serves. Cases and accounts may name only units stored here, so a typo
 * in a commune code is caught at registration instead of hiding a case from every health station.
 */
public final class JurisdictionService {
  private final Transactions transactions;
  private final AccessControl access;
  private final AuditLog audit;

  /**
   * Wired by {@code Homewatch}'s builder; integrators reach it through {@code Homewatch.jurisdictions()}.
   *
   * @param transactions runs each operation in a transaction with its access check
   * @param access decides who may import where
   * @param audit records imports
   */
  public JurisdictionService(Transactions transactions, AccessControl access, AuditLog audit) {
    this.transactions = transactions;
    this.access = access;
    this.audit = audit;
  }

  /**
   * Stores units (new or renamed), parents before children whatever the order given. Every unit must lie inside
   * the administrator's scope, and each unit's parent must be stored or among {@code units}. A national
   * administrator (scope {@link JurisdictionPath#national(JurisdictionScheme)}) imports a whole scheme in one call,
   * e.g. {@code importUnits(admin, GsoUnitList.read(..))}; the units go to the store as one batched
   * {@link org.homewatch.spi.storage.JurisdictionStore#saveAll saveAll}.
   *
   * @param principal an administrator whose scope holds every unit (a national one for a whole scheme)
   * @param units the units, in any order; parents are saved first
   * @return how many units were saved
   */
  public int importUnits(Principal principal, Collection<Jurisdiction> units) {
    Arguments.elements(units, "units");
    // The same code twice in one import is a spreadsheet error (two names for one commune, or a copied row): the
    // second would silently rename the first, so the whole import is refused instead.
    java.util.Set<JurisdictionPath> seen = new java.util.HashSet<>();
    int index = 0;
    for (Jurisdiction unit : units) {
      if (!seen.add(unit.path())) {
        throw ValidationException.of("units[" + index + "]", "homewatch.validation.jurisdiction.duplicate",
            "the unit " + unit.path() + " appears more than once in this import");
      }
      index++;
    }
    List<Jurisdiction> ordered = units.stream()
        .sorted(Comparator.comparingInt((Jurisdiction j) -> j.path().depth()).thenComparing(j -> j.path().key()))
        .toList();
    return transactions.run(principal, Operation.IMPORT_JURISDICTIONS, tx -> {
      for (Jurisdiction unit : ordered) {
        access.require(principal, Operation.IMPORT_JURISDICTIONS, unit.path());
      }
      // Only parents the import does not bring itself are looked up, each once: a whole country's import (about
      // 11,000 units) then costs no lookup at all and one batched saveAll.
      java.util.Set<JurisdictionPath> lookedUp = new java.util.HashSet<>();
      for (Jurisdiction unit : ordered) {
        JurisdictionPath parent = unit.path().parent();
        if (!unit.path().isProvince() && !seen.contains(parent) && lookedUp.add(parent)
            && tx.jurisdictions().find(parent).isEmpty()) {
          throw ValidationException.of("units", "homewatch.validation.jurisdiction.parent",
              "the parent " + parent + " of " + unit.path() + " is not known");
        }
      }
      tx.jurisdictions().saveAll(ordered);
      audit.record(tx, principal, Operation.IMPORT_JURISDICTIONS, "jurisdiction", principal.scope(), principal.scope(),
          Map.of("count", Integer.toString(ordered.size())));
      return ordered.size();
    });
  }

  /**
   * A unit by path; units are not personal data, so any principal may look them up.
   *
   * @param path the unit's path
   * @return the unit, or empty
   */
  public Optional<Jurisdiction> find(JurisdictionPath path) {
    return transactions.storage().inTransaction(tx -> tx.jurisdictions().find(path));
  }

  /**
   * The units directly below {@code parent}, by code; below {@link JurisdictionPath#national(JurisdictionScheme)}
   * lie the scheme's provinces.
   *
   * @param parent a unit or national path
   * @return the units below it
   */
  public List<Jurisdiction> children(JurisdictionPath parent) {
    Arguments.required(parent, "parent");
    return transactions.storage().inTransaction(tx -> tx.jurisdictions().children(parent));
  }

  /**
   * The provinces of a scheme, by code (units are not personal data: any principal may list them).
   *
   * @param scheme the scheme
   * @return its provinces
   */
  public List<Jurisdiction> provinces(JurisdictionScheme scheme) {
    return children(JurisdictionPath.national(Arguments.required(scheme, "scheme")));
  }
}
