package org.homewatch.model;

import java.text.Normalizer;
import java.util.List;
import java.util.Set;

/**
 * A staff account known to Homewatch: who, with which roles, over which jurisdiction, reachable how, and
 * whether on duty (only on-duty staff are notified of alerts).
 */
public record Account(
    AccountId id,
    String displayName,
    Set<Role> roles,
    JurisdictionPath scope,
    List<ContactPoint> contactPoints,
    boolean onDuty,
    boolean active,
    long version) {

  public Account {
    Checks.required(id, "id");
    Checks.required(displayName, "displayName");
    Checks.required(scope, "scope");
    roles = Checks.copyOfSet(roles, "roles");
    contactPoints = Checks.copyOfList(contactPoints, "contactPoints");
    displayName = Normalizer.normalize(displayName.strip(), Normalizer.Form.NFC);
    new Checks()
        .notBlank("displayName", displayName)
        .maxLength("displayName", displayName, 200)
        .plainText("displayName", displayName, false)
        .require(!roles.isEmpty(), "roles", "homewatch.validation.roles", "an account has at least one role")
        .throwIfAny();
  }

  public Principal asPrincipal() {
    return new Principal(id, roles, scope, java.util.Optional.empty());
  }

  public Account atVersion(long newVersion) {
    return new Account(id, displayName, roles, scope, contactPoints, onDuty, active, newVersion);
  }
}
