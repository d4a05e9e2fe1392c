package org.homewatch.units.vn;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.homewatch.core.directory.GsoUnitList;
import org.homewatch.model.Jurisdiction;
import org.homewatch.model.JurisdictionScheme;

/**
 * Viet Nam's administrative units as the GSO publishes them, built in: the 2021 scheme (63 provinces, 696
 * districts, 10,035 communes; five island districts have no communes) and the 2025 scheme (34 provinces, 3,321
 * communes), each a CSV in GSO's list format inside this jar ({@code org/homewatch/units/vn/gso-2021.csv} and
 * {@code gso-2025.csv}), read with {@link GsoUnitList}.
 *
 * <p>Source: the public GSO codes and names as collected by Thang Le Quoc's vietnamese-provinces-database (MIT
 * licence, text in {@code org/homewatch/units/vn/LICENSE-vn-admin-units.txt} beside the data), converted to GSO's
 * column layout at development time by {@code units-vn/src/build/gso_from_json.py}. Names are GSO's full names
 * ("Tỉnh Gia Lai", "Huyện Chư Sê", "Xã Ia Tiêm").
 *
 * <p>Import a whole scheme in one call with a national administrator:
 * <pre>{@code
 * Principal admin = Principal.staff(id, JurisdictionPath.national(JurisdictionScheme.GSO_2025), Role.ADMINISTRATOR);
 * homewatch.jurisdictions().importUnits(admin, VietnamUnits.of(JurisdictionScheme.GSO_2025));
 * }</pre>
 */
public final class VietnamUnits {
  private VietnamUnits() {}

  private static final Map<JurisdictionScheme, List<Jurisdiction>> READ = new ConcurrentHashMap<>();

  /**
   * Every unit of {@code scheme}, provinces first, then districts, then communes (each in GSO's list order). An
   * immutable list, read from the jar once per class loader and kept (about 11,000 small records).
   *
   * @param scheme the scheme wanted
   * @return its units, an immutable list
   */
  public static List<Jurisdiction> of(JurisdictionScheme scheme) {
    return READ.computeIfAbsent(Objects.requireNonNull(scheme, "scheme"), VietnamUnits::read);
  }

  private static List<Jurisdiction> read(JurisdictionScheme scheme) {
    try (Reader csv = open(scheme)) {
      return GsoUnitList.readCsv(csv, scheme);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The built-in list of {@code scheme} as GSO's CSV (UTF-8); the caller closes it.
   *
   * @param scheme the scheme wanted
   * @return a reader of the CSV, positioned at its header line
   * @throws IllegalStateException if the list is missing from the jar (a broken build)
   */
  public static Reader open(JurisdictionScheme scheme) {
    String name = switch (Objects.requireNonNull(scheme, "scheme")) {
      case GSO_2021 -> "gso-2021.csv";
      case GSO_2025 -> "gso-2025.csv";
    };
    InputStream in = VietnamUnits.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("the built-in list " + name + " is missing from homewatch-units-vn");
    }
    return new InputStreamReader(in, StandardCharsets.UTF_8);
  }
}
