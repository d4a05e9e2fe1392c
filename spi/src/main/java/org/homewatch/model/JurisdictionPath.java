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
 *
 * <p>A path with no codes is the whole country in one scheme ({@link #national(JurisdictionScheme)}, printed
 * {@code GSO_2021:}): the scope of a national administrator or of background work across every province. Its key
 * is {@code GSO_2021:}, a prefix of every key of that scheme and of no key of another, so the storages' subtree
 * queries select a whole scheme with the same prefix match and a national principal of one scheme sees nothing of
 * the other. The country is never a stored unit: no {@link Jurisdiction} has it as its path, and its
 * {@linkplain #level() level} is {@link JurisdictionLevel#COUNTRY}.
 *
 * @param scheme the scheme the codes belong to
 * @param codes from the province down; none for the whole country, at most the scheme's number of levels
 */
public record JurisdictionPath(JurisdictionScheme scheme, List<String> codes) {
  private static final Pattern CODE = Pattern.compile("[0-9A-Za-z-]{1,16}");

  /**
   * Refuses more codes than the scheme has levels and codes that are not 1 to 16 letters, digits or hyphens.
   *
   * @param scheme the scheme the codes belong to
   * @param codes from the province down
   * @throws org.homewatch.ValidationException if a code or the depth is not acceptable
   */
  public JurisdictionPath {
    Checks.required(scheme, "scheme");
    codes = Checks.copyOfList(codes, "codes");
    Checks checks = new Checks();
    checks.require(codes.size() <= scheme.levels().size(), "jurisdiction",
        "homewatch.validation.jurisdiction.depth",
        "a " + scheme + " path has at most " + scheme.levels().size() + " codes, was " + codes);
    for (String code : codes) {
      checks.require(CODE.matcher(code).matches(), "jurisdiction", "homewatch.validation.jurisdiction.code",
          "a jurisdiction code is 1 to 16 letters, digits or hyphens, was '" + code + "'");
    }
    checks.throwIfAny();
  }

  /**
   * The path of these codes, from the province down.
   *
   * @param scheme the scheme the codes belong to
   * @param codes from the province down, e.g. {@code "64", "622", "23539"}
   * @return the path
   * @throws org.homewatch.ValidationException if a code or the depth is not acceptable
   */
  public static JurisdictionPath of(JurisdictionScheme scheme, String... codes) {
    return new JurisdictionPath(scheme, List.of(codes));
  }

  /**
   * The whole country in {@code scheme}: every unit of that scheme lies inside it, none of another.
   *
   * @param scheme the scheme
   * @return the national path of the scheme
   */
  public static JurisdictionPath national(JurisdictionScheme scheme) {
    return new JurisdictionPath(scheme, List.of());
  }

  /**
   * Parses the form {@link #toString()} prints, e.g. {@code GSO_2021:64/622/23539}, or {@code GSO_2021:} for the
   * whole country.
   *
   * @param text the path as printed
   * @return the path
   * @throws org.homewatch.ValidationException if the text is not a path
   */
  public static JurisdictionPath parse(String text) {
    int colon = text.indexOf(':');
    JurisdictionScheme scheme;
    try {
      scheme = JurisdictionScheme.valueOf(colon < 0 ? "" : text.substring(0, colon));
    } catch (IllegalArgumentException e) {
      throw org.homewatch.ValidationException.of("jurisdiction", "homewatch.validation.jurisdiction.scheme",
          "a jurisdiction path looks like GSO_2021:64/622/23539, was '" + text + "'");
    }
    String codes = text.substring(colon + 1);
    return new JurisdictionPath(scheme, codes.isEmpty() ? List.of() : List.of(codes.split("/", -1)));
  }

  /**
   * The unit's level; {@link JurisdictionLevel#COUNTRY} for a {@linkplain #national national} path.
   *
   * @return the level
   */
  public JurisdictionLevel level() {
    return codes.isEmpty() ? JurisdictionLevel.COUNTRY : scheme.levelAtDepth(codes.size());
  }

  /**
   * The code of the unit itself (the last one); empty for a {@linkplain #national national} path.
   *
   * @return the code, or an empty string
   */
  public String code() {
    return codes.isEmpty() ? "" : codes.get(codes.size() - 1);
  }

  /**
   * True if people can live here: a commune, or a district. The model cannot know whether a district has communes;
   * core accepts a district only if it has none stored (the island districts Bạch Long Vĩ, Cồn Cỏ, Hoàng Sa, Lý
   * Sơn and Côn Đảo are governed directly by their district), so a district with communes is refused there.
   *
   * @return true for a commune or district
   */
  public boolean holdsPeople() {
    JurisdictionLevel level = level();
    return level == JurisdictionLevel.COMMUNE || level == JurisdictionLevel.DISTRICT;
  }

  /**
   * True for the whole country of a scheme (a path with no codes).
   *
   * @return true if the path has no codes
   */
  public boolean isNational() {
    return codes.isEmpty();
  }

  /**
   * How many codes the path has: 1 for a province, 0 for the whole country.
   *
   * @return the number of codes
   */
  public int depth() {
    return codes.size();
  }

  /**
   * True if {@code other} is this unit or lies below it.
   *
   * @param other another path
   * @return true if {@code other} is in the same scheme and starts with this path's codes
   */
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

  /**
   * The unit directly above, or this one if it is a province (or the country). A province's parent is not the
   * country on purpose: escalation climbs with {@code parent()} until {@link #isProvince()} and must stop at the
   * province, which answers for its own alerts.
   *
   * @return the parent, or this path
   */
  public JurisdictionPath parent() {
    return codes.size() <= 1 ? this : new JurisdictionPath(scheme, codes.subList(0, codes.size() - 1));
  }

  /**
   * Whether this is a province.
   *
   * @return true for a path of exactly one code
   */
  public boolean isProvince() {
    return codes.size() == 1;
  }

  /**
   * A child of this unit.
   *
   * @param code the child's code
   * @return the child's path
   * @throws org.homewatch.ValidationException if the code is not acceptable or the path is a commune already
   */
  public JurisdictionPath child(String code) {
    var longer = new java.util.ArrayList<>(codes);
    longer.add(code);
    return new JurisdictionPath(scheme, longer);
  }

  /**
   * The storage key: scheme and codes joined, ending in {@code /}, such that {@code a.contains(b)} exactly when
   * {@code b.key().startsWith(a.key())}.
   *
   * @return the key, e.g. {@code GSO_2021:64/622/23539/}
   */
  public String key() {
    return codes.isEmpty() ? scheme.name() + ":" : scheme.name() + ":" + String.join("/", codes) + "/";
  }

  /**
   * Inverse of {@link #key()}.
   *
   * @param key a key as {@link #key()} makes it
   * @return the path
   * @throws IllegalArgumentException if {@code key} does not end in {@code /} or {@code :}
   */
  public static JurisdictionPath fromKey(String key) {
    if (key.endsWith(":")) {
      return parse(key);
    }
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
