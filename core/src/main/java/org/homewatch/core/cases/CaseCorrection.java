package org.homewatch.core.cases;

import java.util.Optional;
import java.util.Set;
import org.homewatch.core.access.Operation;
import org.homewatch.core.internal.Arguments;
import org.homewatch.model.Address;
import org.homewatch.model.CaseCategory;
import org.homewatch.model.GeoPoint;
import org.homewatch.model.NationalId;
import org.homewatch.model.PersonId;
import org.homewatch.model.PhoneNumber;
import org.homewatch.model.RiskFactor;

/**
 * One thing registered wrong, and its right value: what {@link CaseCorrectionService#correct} puts right. Each
 * correction changes one field; a form that changes several sends one correction each, every one with its reason
 * and against the version the previous one returned.
 *
 * <p>The person's data ({@link Phone}, {@link HomeAddress}, {@link HomeLocation}, {@link FullName},
 * {@link NationalIdNumber}) is corrected under {@link Operation#CORRECT_CASE_PERSON}, also on a closed case (a
 * record kept is a record kept right). How the case is monitored ({@link Category}, {@link Schedule},
 * {@link RiskFactors}, {@link HouseholdHead}) is corrected under {@link Operation#CORRECT_CASE_MONITORING}, and only
 * while the case is PENDING or ACTIVE.
 */
public sealed interface CaseCorrection {

  /**
   * The field as the case's history and the audit name it, e.g. {@code phone}.
   *
   * @return the field's name
   */
  String field();

  /**
   * The operation the correction is permitted and audited under.
   *
   * @return {@link Operation#CORRECT_CASE_PERSON} or {@link Operation#CORRECT_CASE_MONITORING}
   */
  Operation operation();

  /**
   * The phone the person is reached on: every message composed after the correction goes there.
   *
   * @param phone the right number
   */
  record Phone(PhoneNumber phone) implements CaseCorrection {
    /**
     * Refuses a null as a {@code ValidationException} naming the component.
     *
     * @param phone the value, as the record documents it
     */
    public Phone {
      Arguments.required(phone, "phone");
    }

    @Override
    public String field() {
      return "phone";
    }

    @Override
    public Operation operation() {
      return Operation.CORRECT_CASE_PERSON;
    }
  }

  /**
   * Where the person stays: the street line and the commune. The home location is kept unless {@code address}
   * gives one.
   *
   * @param address the right address
   */
  record HomeAddress(Address address) implements CaseCorrection {
    /**
     * Refuses a null as a {@code ValidationException} naming the component.
     *
     * @param address the value, as the record documents it
     */
    public HomeAddress {
      Arguments.required(address, "address");
    }

    @Override
    public String field() {
      return "address";
    }

    @Override
    public Operation operation() {
      return Operation.CORRECT_CASE_PERSON;
    }
  }

  /**
   * The position of the home, which the rules' distance-from-home condition (the off-site rule) measures from:
   * without it a declaration away from home raises nothing.
   *
   * @param location the right position, or empty to remove a wrong one
   */
  record HomeLocation(Optional<GeoPoint> location) implements CaseCorrection {
    /**
     * Refuses a null as a {@code ValidationException} naming the component.
     *
     * @param location the value, as the record documents it
     */
    public HomeLocation {
      Arguments.required(location, "location");
    }

    @Override
    public String field() {
      return "homeLocation";
    }

    @Override
    public Operation operation() {
      return Operation.CORRECT_CASE_PERSON;
    }
  }

  /**
   * The person's full name (normalised as {@link org.homewatch.model.Person} does). The line list's name search
   * follows it, and so do the person's other cases: one person id names one person.
   *
   * @param fullName the right name
   */
  record FullName(String fullName) implements CaseCorrection {
    /**
     * Refuses a null as a {@code ValidationException} naming the component.
     *
     * @param fullName the value, as the record documents it
     */
    public FullName {
      Arguments.required(fullName, "fullName");
    }

    @Override
    public String field() {
      return "fullName";
    }

    @Override
    public Operation operation() {
      return Operation.CORRECT_CASE_PERSON;
    }
  }

  /**
   * The person's national id (CCCD). The person's other cases follow it, as for the name.
   *
   * @param nationalId the right number, or empty when one was recorded for someone who has none
   */
  record NationalIdNumber(Optional<NationalId> nationalId) implements CaseCorrection {
    /**
     * Refuses a null as a {@code ValidationException} naming the component.
     *
     * @param nationalId the value, as the record documents it
     */
    public NationalIdNumber {
      Arguments.required(nationalId, "nationalId");
    }

    @Override
    public String field() {
      return "nationalId";
    }

    @Override
    public Operation operation() {
      return Operation.CORRECT_CASE_PERSON;
    }
  }

  /**
   * The category. The planned end and the schedule follow the monitoring policy of the new category (see
   * {@link CaseCorrectionService}).
   *
   * @param category the right category
   */
  record Category(CaseCategory category) implements CaseCorrection {
    /**
     * Refuses a null as a {@code ValidationException} naming the component.
     *
     * @param category the value, as the record documents it
     */
    public Category {
      Arguments.required(category, "category");
    }

    @Override
    public String field() {
      return "category";
    }

    @Override
    public Operation operation() {
      return Operation.CORRECT_CASE_MONITORING;
    }
  }

  /**
   * The declaration schedule.
   *
   * @param scheduleId a schedule of the province's policy, or empty for the category's own
   */
  record Schedule(Optional<String> scheduleId) implements CaseCorrection {
    /**
     * Refuses a null, or an id no policy can have (blank, longer than {@value #MAX_SCHEDULE_ID_LENGTH}
     * characters, or with a control or bidirectional formatting character), as a {@code ValidationException} naming the component.
     *
     * @param scheduleId the value, as the record documents it
     */
    public Schedule {
      Arguments.required(scheduleId, "scheduleId");
      // an id a policy can have: refusals quote it, and portals log refusals
      scheduleId.ifPresent(id -> {
        boolean control = id.chars().anyMatch(ch -> Character.isISOControl(ch) || (ch >= 0x202a && ch <= 0x202e)
            || (ch >= 0x2066 && ch <= 0x2069));
        if (id.isBlank() || id.length() > MAX_SCHEDULE_ID_LENGTH || control) {
          throw org.homewatch.ValidationException.of("scheduleId", "homewatch.validation.schedule.unknown",
              "a schedule id is 1 to " + MAX_SCHEDULE_ID_LENGTH + " characters without control characters");
        }
      });
    }

    /** The longest schedule id accepted, in characters. */
    public static final int MAX_SCHEDULE_ID_LENGTH = 100;

    @Override
    public String field() {
      return "schedule";
    }

    @Override
    public Operation operation() {
      return Operation.CORRECT_CASE_MONITORING;
    }
  }

  /**
   * The risk factors the rules weigh signs by.
   *
   * @param riskFactors the right set, possibly empty
   */
  record RiskFactors(Set<RiskFactor> riskFactors) implements CaseCorrection {
    /**
     * Refuses a null (or a null in the set) as a {@code ValidationException}, and copies the set.
     *
     * @param riskFactors the value, as the record documents it
     */
    public RiskFactors {
      riskFactors = Set.copyOf(Arguments.elements(riskFactors, "riskFactors"));
    }

    @Override
    public String field() {
      return "riskFactors";
    }

    @Override
    public Operation operation() {
      return Operation.CORRECT_CASE_MONITORING;
    }
  }

  /**
   * Who may declare for the person (and, as a citizen, read the case).
   *
   * @param head the right household head, or empty for none
   */
  record HouseholdHead(Optional<PersonId> head) implements CaseCorrection {
    /**
     * Refuses a null as a {@code ValidationException} naming the component.
     *
     * @param head the value, as the record documents it
     */
    public HouseholdHead {
      Arguments.required(head, "head");
    }

    @Override
    public String field() {
      return "householdHead";
    }

    @Override
    public Operation operation() {
      return Operation.CORRECT_CASE_MONITORING;
    }
  }
}
