package org.homewatch.model;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Where a unit sits: its scheme and the codes from the province down to it, e.g. {@code GSO_2021:64/622/23539}
 * (Gia Lai / Chư Sê / a commune). Answers "is X inside Y" in O(depth), which is what every scope check needs.
 *
 * <p>Storages keep {@link #key()} in one column and select a subtree with a prefix match on it; the key ends in
 * {@code /} so that {@code 64/6/} never matches {@code 64/62/}. Codes are letters, digits and hyphens only, so
 * the key needs no escaping in a {@code LIKE} pattern.
 */
public record JurisdictionPath(JurisdictionScheme scheme, List<String> codes) {
  private static final Pattern CODE = Pattern.compile("[0-9A-Za-z-]{1,16}");

  public JurisdictionPath {
    Checks.required(scheme, "scheme");
    codes = Checks.copyOfList(codes, "codes");
    Checks checks = new Checks();
    checks.require(!codes.isEmpty() && codes.size() <= scheme.levels().size(), "jurisdiction",
        "homewatch.validation.jurisdiction.depth",
        "a " + scheme + " path has 1 to " + scheme.levels().size() + " codes, was " + codes);
    for (String code : codes) {
      checks.require(CODE.matcher(code).matches(), "jurisdiction", "homewatch.validation.jurisdiction.code",
          "a jurisdiction code is 1 to 16 letters, digits or hyphens, was '" + code + "'");
    }
    checks.throwIfAny();
  }

  public static JurisdictionPath of(JurisdictionScheme scheme, String... codes) {
    return new JurisdictionPath(scheme, List.of(codes));
  }

  /** Parses the form {@link #toString()} prints, e.g. {@code GSO_2021:64/622/23539}. */
  public static JurisdictionPath parse(String text) {
    int colon = text.indexOf(':');
    JurisdictionScheme scheme;
    try {
      scheme = JurisdictionScheme.valueOf(colon < 0 ? "" : text.substring(0, colon));
    } catch (IllegalArgumentException e) {
      throw org.homewatch.ValidationException.of("jurisdiction", "homewatch.validation.jurisdiction.scheme",
          "a jurisdiction path looks like GSO_2021:64/622/23539, was '" + text + "'");
    }
    return new JurisdictionPath(scheme, List.of(text.substring(colon + 1).split("/", -1)));
  }

  public JurisdictionLevel level() {
    return scheme.levelAtDepth(codes.size());
  }

  /** The code of the unit itself (the last one). */
  public String code() {
    return codes.get(codes.size() - 1);
  }

  public int depth() {
    return codes.size();
  }

  /** True if {@code other} is this unit or lies below it. */
  public boolean contains(JurisdictionPath other) {
    if (other.scheme != scheme || other.codes.size() < codes.size()) {
      return false;
    }
    for (int i = 0; i < codes.size(); i++) {
      if (!codes.get(i).equals(other.codes.get(i))) {
        return false;
      }
    }
    return true;
  }

  /** The unit directly above, or this one if it is a province. */
  public JurisdictionPath parent() {
    return codes.size() == 1 ? this : new JurisdictionPath(scheme, codes.subList(0, codes.size() - 1));
  }

  public boolean isProvince() {
    return codes.size() == 1;
  }

  /** A child of this unit. */
  public JurisdictionPath child(String code) {
    var longer = new java.util.ArrayList<>(codes);
    longer.add(code);
    return new JurisdictionPath(scheme, longer);
  }

  /**
   * The storage key: scheme and codes joined, ending in {@code /}, such that {@code a.contains(b)} exactly when
   * {@code b.key().startsWith(a.key())}.
   */
  public String key() {
    return scheme.name() + ":" + String.join("/", codes) + "/";
  }

  /** Inverse of {@link #key()}. */
  public static JurisdictionPath fromKey(String key) {
    if (!key.endsWith("/")) {
      throw new IllegalArgumentException("not a jurisdiction key: " + key);
    }
    return parse(key.substring(0, key.length() - 1));
  }

  @Override
  public String toString() {
    return scheme.name() + ":" + String.join("/", codes);
  }
}
