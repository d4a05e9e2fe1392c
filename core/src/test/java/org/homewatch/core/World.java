package org.homewatch.core;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.function.Consumer;
import org.homewatch.model.Account;
import org.homewatch.model.AccountId;
import org.homewatch.model.Address;
import org.homewatch.model.BirthDate;
import org.homewatch.model.CaseCategory;
import org.homewatch.model.ContactPoint;
import org.homewatch.model.DeclarationId;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.Jurisdiction;
import org.homewatch.model.JurisdictionPath;
import org.homewatch.model.JurisdictionScheme;
import org.homewatch.model.NewCase;
import org.homewatch.model.NewDeclaration;
import org.homewatch.model.Person;
import org.homewatch.model.PersonId;
import org.homewatch.model.PhoneNumber;
import org.homewatch.model.Principal;
import org.homewatch.model.QuarantineDecision;
import org.homewatch.model.Role;
import org.homewatch.model.Sex;
import org.homewatch.model.Symptom;
import org.homewatch.model.Vitals;
import org.homewatch.spi.storage.OutboxMessage;
import org.homewatch.spi.storage.Storage;
import org.homewatch.spi.storage.StorageProvider;
import org.homewatch.test.MutableClock;
import org.homewatch.test.RecordingChannel;

/**
 * A small province for tests: Gia Lai (GSO 2021 code 64), district Chư Sê (622) with two communes, each with a
 * nurse on duty reachable through the "test" channel, and a district supervisor. Built on the in-memory storage
 * found by name, as an integrator would.
 */
public final class World implements AutoCloseable {
  public static final Instant START = Instant.parse("2021-08-16T01:00:00Z"); // 08:00 in Vietnam
  public static final LocalDate TODAY = LocalDate.of(2021, 8, 16);
  public static final JurisdictionPath PROVINCE = JurisdictionPath.of(JurisdictionScheme.GSO_2021, "64");
  public static final JurisdictionPath DISTRICT = PROVINCE.child("633");
  public static final JurisdictionPath COMMUNE_A = DISTRICT.child("23941");
  public static final JurisdictionPath COMMUNE_B = DISTRICT.child("23944");

  public final MutableClock clock = new MutableClock(START);
  public final RecordingChannel channel = new RecordingChannel("test");
  /** The default person channel (reminders, spot checks), unless a test names "test" with personChannel. */
  public final RecordingChannel sms = new RecordingChannel("sms");
  public final Homewatch homewatch;
  /** The storage under Homewatch, for tests that check what was (not) written. */
  public final Storage storage;
  public final Principal admin = Principal.staff(new AccountId("admin"), PROVINCE, Role.ADMINISTRATOR);
  public final Principal enroller = Principal.staff(new AccountId("enroller"), PROVINCE, Role.ENROLLER);
  public final Principal nurseA = Principal.staff(new AccountId("nurse-a"), COMMUNE_A, Role.MONITOR);
  public final Principal nurseB = Principal.staff(new AccountId("nurse-b"), COMMUNE_B, Role.MONITOR);
  public final Principal supervisor = Principal.staff(new AccountId("district"), DISTRICT, Role.SUPERVISOR);
  public final Principal system = Principal.system(PROVINCE);

  public World() {
    this(b -> {});
  }

  public World(Consumer<Homewatch.Builder> customise) {
    this(memoryStorage(), customise);
  }

  /** A world on {@code storage} (e.g. a memory storage wrapped to fail on purpose). */
  public World(Storage storage, Consumer<Homewatch.Builder> customise) {
    this.storage = storage;
    Homewatch.Builder builder = Homewatch.builder()
        .storage(storage)
        .channel(channel)
        .channel(sms)
        .clock(clock);
    customise.accept(builder);
    homewatch = builder.build();
    homewatch.jurisdictions().importUnits(admin, List.of(
        new Jurisdiction(PROVINCE, "Gia Lai"),
        new Jurisdiction(DISTRICT, "Chư Sê"),
        new Jurisdiction(COMMUNE_A, "Thị trấn Chư Sê"),
        new Jurisdiction(COMMUNE_B, "Xã Ia Tiêm")));
    staff(nurseA, "Y tá A", true);
    staff(nurseB, "Y tá B", true);
    staff(supervisor, "BCĐ huyện", true);
  }

  /** A fresh in-memory storage, found by name as an integrator would. */
  public static Storage memoryStorage() {
    return ServiceLoader.load(StorageProvider.class, World.class.getClassLoader()).stream()
        .map(ServiceLoader.Provider::get).filter(p -> p.name().equals("memory")).findFirst().orElseThrow()
        .create(Map.of());
  }

  public void staff(Principal p, String name, boolean onDuty) {
    homewatch.accounts().save(admin, new Account(p.account(), name, p.roles(), p.scope(),
        List.of(new ContactPoint("test", p.account().value())), onDuty, true, 0));
  }

  public static Person person(String name, JurisdictionPath commune, int birthYear) {
    return new Person(PersonId.random(), name, BirthDate.ofYear(birthYear), Sex.FEMALE,
        PhoneNumber.parse("0905" + String.format("%06d", Math.abs(name.hashCode()) % 1_000_000)), Optional.empty(),
        new Address("Thôn 1", commune, Optional.empty()));
  }

  public IsolationCase registerF2(String name, JurisdictionPath commune) {
    return homewatch.cases().register(enroller, NewCase.of(person(name, commune, 1985), CaseCategory.F2,
        new QuarantineDecision("12/QĐ-UBND", "UBND huyện Chư Sê", TODAY), TODAY));
  }

  public NewDeclaration declaration(IsolationCase c, Vitals vitals, Symptom... symptoms) {
    return NewDeclaration.of(DeclarationId.random(), c.id(), clock.instant(), vitals, Set.of(symptoms));
  }

  public static Vitals normal() {
    return Vitals.builder().temperatureCelsius(36.8).spo2Percent(98).respiratoryRatePerMinute(16)
        .pulsePerMinute(78).build();
  }

  public static Vitals spo2(int value) {
    return Vitals.builder().temperatureCelsius(37.2).spo2Percent(value).respiratoryRatePerMinute(18)
        .pulsePerMinute(88).build();
  }

  public Principal citizen(IsolationCase c) {
    return Principal.citizen(new AccountId("citizen-" + c.person().id()), c.person().id(), c.responsibleUnit());
  }

  public long outbox(OutboxMessage.Status status) {
    return storage.inTransaction(tx -> tx.outbox().count(status));
  }

  public long auditCount(String action) {
    return storage.inTransaction(tx -> tx.audit().list(PROVINCE, START.minusSeconds(1),
        org.homewatch.model.PageRequest.first(1000))).items().stream().filter(e -> e.action().equals(action)).count();
  }

  @Override
  public void close() {
    homewatch.close();
  }
}
