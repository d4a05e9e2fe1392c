package org.homewatch.core.retention;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.homewatch.ValidationException;
import org.homewatch.model.JurisdictionPath;

/**
 * Retention per province: a retention for every province, and overrides for some. Set it with
 * {@code Homewatch.builder().retentionPolicy(..)}; the default is {@link #defaults()}. Immutable.
 *
 * <pre>{@code
 * RetentionPolicy policy = RetentionPolicy.defaults()
 *     .withProvince(JurisdictionPath.of(JurisdictionScheme.GSO_2021, "64"), Retention.ofClosedCases(60));
 * }</pre>
 *
 * @param everywhere the retention of every province without an override
 * @param provinces overrides, keyed by the province's path
 */
public record RetentionPolicy(Retention everywhere, Map<JurisdictionPath, Retention> provinces) {

  /**
   * Checks that every override is keyed by a province.
   *
   * @param everywhere the retention of every province without an override
   * @param provinces overrides, keyed by the province's path
   * @throws ValidationException naming {@code provinces[key]} for a key that is not a province
   */
  public RetentionPolicy {
    Objects.requireNonNull(everywhere, "everywhere");
    provinces = Map.copyOf(provinces);
    for (JurisdictionPath key : provinces.keySet()) {
      if (!key.isProvince()) {
        throw ValidationException.of("provinces[" + key + "]", "homewatch.validation.retention.province",
            "a retention override is per province, was " + key);
      }
    }
  }

  /**
   * {@link Retention#DEFAULT} everywhere: 30 days for closed cases and finished messages, 365 for audit events.
   *
   * @return the default policy
   */
  public static RetentionPolicy defaults() {
    return new RetentionPolicy(Retention.DEFAULT, Map.of());
  }

  /**
   * This policy with {@code retention} for {@code province} (replacing an earlier override of it).
   *
   * @param province a province path, e.g. {@code GSO_2021:64}
   * @param retention its retention
   * @return the new policy
   * @throws ValidationException naming {@code provinces[..]} if {@code province} is not a province
   */
  public RetentionPolicy withProvince(JurisdictionPath province, Retention retention) {
    Map<JurisdictionPath, Retention> more = new HashMap<>(provinces);
    more.put(Objects.requireNonNull(province, "province"), Objects.requireNonNull(retention, "retention"));
    return new RetentionPolicy(everywhere, more);
  }

  /**
   * The retention that applies in {@code unit}: its province's override, or {@link #everywhere()}. A national path
   * has no province and gets {@link #everywhere()}.
   *
   * @param unit any unit
   * @return its retention
   */
  public Retention forUnit(JurisdictionPath unit) {
    if (unit.isNational()) {
      return everywhere;
    }
    JurisdictionPath province = new JurisdictionPath(unit.scheme(), unit.codes().subList(0, 1));
    return provinces.getOrDefault(province, everywhere);
  }

  /**
   * How long a one-time code (which keeps its phone number) is kept after it expired: the shortest
   * {@link Retention#effectiveOutboxDays()} of {@link #everywhere()} and every override. A code belongs to no unit
   * (it may have gone to a number with no case), so the strictest province's days apply to all.
   *
   * @return days, 1 to {@value Retention#MAX_DAYS}
   */
  public int linkCodeDays() {
    int days = everywhere.effectiveOutboxDays();
    for (Retention r : provinces.values()) {
      days = Math.min(days, r.effectiveOutboxDays());
    }
    return days;
  }
}
