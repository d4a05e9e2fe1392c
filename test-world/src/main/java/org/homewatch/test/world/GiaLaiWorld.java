package org.homewatch.test.world;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.homewatch.core.Homewatch;
import org.homewatch.model.Account;
import org.homewatch.model.AccountId;
import org.homewatch.model.CaseCategory;
import org.homewatch.model.ContactPoint;
import org.homewatch.model.DeclarationId;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.JurisdictionPath;
import org.homewatch.model.NewCase;
import org.homewatch.model.NewDeclaration;
import org.homewatch.model.Principal;
import org.homewatch.model.Symptom;
import org.homewatch.model.Vitals;
import org.homewatch.spi.storage.Storage;
import org.homewatch.storage.memory.MemoryStorage;
import org.homewatch.test.GiaLai;
import org.homewatch.test.MutableClock;
import org.homewatch.test.RecordingChannel;
import org.jspecify.annotations.Nullable;

/**
 * A running Homewatch over the units and staff of {@link GiaLai}: the units imported, and the two commune nurses,
 * the district and the province supervisors on duty, each reachable at their account id on the recording
 * {@link #staffChannel()} (named {@code test}). People in quarantine are reached on {@link #sms()} (named
 * {@code sms}, the default person channel). Time is a {@link MutableClock} at {@link GiaLai#START}.
 *
 * <pre>{@code
 * try (GiaLaiWorld world = GiaLaiWorld.create()) {
 *   IsolationCase c = world.registerF2("Rơ Mah H'Hen", GiaLai.THI_TRAN_CHU_SE);
 *   world.homewatch().declarations().submit(world.citizen(c), world.declaration(c, GiaLai.spo2(93)));
 *   world.clock().advance(Duration.ofHours(2));
 * }
 * }</pre>
 *
 * Not thread-safe to build; the Homewatch it holds is.
 */
public final class GiaLaiWorld implements AutoCloseable {
  /** The name of the staff's recording channel; staff contact points name it. */
  public static final String STAFF_CHANNEL = "test";

  private final MutableClock clock = new MutableClock(GiaLai.START);
  private final RecordingChannel staffChannel = new RecordingChannel(STAFF_CHANNEL);
  private final RecordingChannel sms = new RecordingChannel("sms");
  private final Storage storage;
  private final Homewatch homewatch;

  private GiaLaiWorld(Builder b) {
    this.storage = b.storage != null ? b.storage : new MemoryStorage();
    Homewatch.Builder builder = Homewatch.builder().storage(storage).channel(staffChannel).channel(sms).clock(clock);
    b.customise.accept(builder);
    this.homewatch = builder.build();
    homewatch.jurisdictions().importUnits(GiaLai.ADMIN, GiaLai.UNITS);
    for (Principal staff : List.of(GiaLai.NURSE_THI_TRAN, GiaLai.NURSE_IA_TIEM, GiaLai.DISTRICT_SUPERVISOR,
        GiaLai.PROVINCE_SUPERVISOR)) {
      addStaff(staff, staff.account().value(), true);
    }
  }

  /**
   * A world on a fresh in-memory storage with Homewatch's defaults.
   *
   * @return the world; close it after the test
   */
  public static GiaLaiWorld create() {
    return builder().build();
  }

  /**
   * A builder for a world with another storage or more Homewatch options.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The running Homewatch.
   *
   * @return the Homewatch
   */
  public Homewatch homewatch() {
    return homewatch;
  }

  /**
   * The storage under Homewatch, for tests that check what was (or was not) written.
   *
   * @return the storage
   */
  public Storage storage() {
    return storage;
  }

  /**
   * The world's clock; move it to make time pass.
   *
   * @return the clock
   */
  public MutableClock clock() {
    return clock;
  }

  /**
   * Where staff notifications go.
   *
   * @return the staff channel
   */
  public RecordingChannel staffChannel() {
    return staffChannel;
  }

  /**
   * Where reminders and spot checks to people in quarantine go.
   *
   * @return the SMS channel
   */
  public RecordingChannel sms() {
    return sms;
  }

  /**
   * Saves a staff account for {@code staff} reachable on the staff channel, on duty or not.
   *
   * @param staff the principal to make an account for
   * @param name the account's display name
   * @param onDuty whether it is paged for its unit's alerts
   */
  public void addStaff(Principal staff, String name, boolean onDuty) {
    homewatch.accounts().save(GiaLai.ADMIN, new Account(staff.account(), name, staff.roles(), staff.scope(),
        List.of(new ContactPoint(STAFF_CHANNEL, staff.account().value())), onDuty, true, 0));
  }

  /**
   * Registers an F2 contact living in {@code commune}, born in 1985, starting today.
   *
   * @param name the person's full name
   * @param commune where they live
   * @return the registered case
   */
  public IsolationCase registerF2(String name, JurisdictionPath commune) {
    return homewatch.cases().register(GiaLai.ENROLLER,
        NewCase.of(GiaLai.person(name, commune, 1985), CaseCategory.F2, GiaLai.DECISION, GiaLai.TODAY));
  }

  /**
   * The person of case {@code c} as a citizen principal (their own app).
   *
   * @param c the case
   * @return the citizen principal
   */
  public Principal citizen(IsolationCase c) {
    return Principal.citizen(new AccountId("citizen-" + c.person().id()), c.person().id(), c.responsibleUnit());
  }

  /**
   * A declaration of {@code c} observed now, with a fresh id.
   *
   * @param c the case
   * @param vitals the measurements
   * @param symptoms the signs, if any
   * @return the declaration, not yet submitted
   */
  public NewDeclaration declaration(IsolationCase c, Vitals vitals, Symptom... symptoms) {
    return NewDeclaration.of(DeclarationId.random(), c.id(), clock.instant(), vitals, Set.of(symptoms));
  }

  @Override
  public void close() {
    homewatch.close();
  }

  /** Options of a {@link GiaLaiWorld}. Not thread-safe. */
  public static final class Builder {
    private @Nullable Storage storage;
    private Consumer<Homewatch.Builder> customise = b -> {};

    private Builder() {}

    /**
     * The storage to run on (e.g. a JdbcStorage on H2). Default: a fresh {@code MemoryStorage}.
     *
     * @param storage the storage
     * @return this builder
     */
    public Builder storage(Storage storage) {
      this.storage = Objects.requireNonNull(storage, "storage");
      return this;
    }

    /**
     * More options for Homewatch (rule set, policies, more channels). Storage, clock and the two recording
     * channels are the world's; setting them again fails as the Homewatch builder does.
     *
     * @param customise changes to the Homewatch builder
     * @return this builder
     */
    public Builder homewatch(Consumer<Homewatch.Builder> customise) {
      this.customise = Objects.requireNonNull(customise, "customise");
      return this;
    }

    /**
     * Builds and starts the world.
     *
     * @return the world
     */
    public GiaLaiWorld build() {
      return new GiaLaiWorld(this);
    }
  }
}
