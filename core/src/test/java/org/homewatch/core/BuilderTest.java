package org.homewatch.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.homewatch.ConfigurationException;
import org.homewatch.spi.notification.AlertChannel;
import org.homewatch.spi.storage.Storage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BuilderTest {

  @Test
  @DisplayName("setting an option twice fails and names the value already set")
  void optionTwice() {
    Homewatch.Builder builder = Homewatch.builder().clock(Clock.systemUTC());
    ConfigurationException e = assertThrows(ConfigurationException.class, () -> builder.clock(Clock.systemUTC()));
    assertTrue(e.getMessage().contains("clock was already set to"), e.getMessage());
  }

  @Test
  @DisplayName("two channels of one name are refused")
  void duplicateChannel() {
    Homewatch.Builder builder = Homewatch.builder().channel(AlertChannel.noop("sms"));
    assertThrows(ConfigurationException.class, () -> builder.channel(AlertChannel.noop("sms")));
  }

  @Test
  @DisplayName("an unknown storage name fails fast and names the artifact to add")
  void unknownStorage() {
    ConfigurationException e = assertThrows(ConfigurationException.class,
        () -> Homewatch.builder().storage("cassandra", Map.of(), getClass().getClassLoader()));
    assertTrue(e.getMessage().contains("homewatch-storage-cassandra"), e.getMessage());
    assertTrue(e.getMessage().contains("memory"), "lists what was found: " + e.getMessage());
  }

  @Test
  @DisplayName("building without storage explains what to add")
  void noStorage() {
    ConfigurationException e = assertThrows(ConfigurationException.class, () -> Homewatch.builder().build());
    assertTrue(e.getMessage().contains("storage"), e.getMessage());
  }

  @Test
  @DisplayName("a person channel nobody registered is refused at build, named with the fix")
  void unregisteredPersonChannel() {
    ConfigurationException named = assertThrows(ConfigurationException.class, () -> Homewatch.builder()
        .storage(World.memoryStorage()).channel(AlertChannel.noop("zalo")).personChannel("sms").build());
    assertTrue(named.getMessage().contains("'sms'") && named.getMessage().contains("channel(..)"),
        named.getMessage());
    ConfigurationException byDefault = assertThrows(ConfigurationException.class, () -> Homewatch.builder()
        .storage(World.memoryStorage()).channel(AlertChannel.noop("zalo")).build());
    assertTrue(byDefault.getMessage().contains("default") && byDefault.getMessage().contains("[zalo]"),
        byDefault.getMessage());
    Homewatch.builder().storage(World.memoryStorage()).channel(AlertChannel.noop("zalo")).personChannel("zalo")
        .build().close();
  }

  /** A storage as written before optional stores existed: the eight mandatory stores and nothing else. */
  private static Storage mandatoryStoresOnly() {
    Storage memory = World.memoryStorage();
    return new Storage() {
      @Override
      public <T> T inTransaction(TransactionWork<T> work) {
        return memory.inTransaction(work);
      }

      @Override
      public void close() {
        memory.close();
      }

      @Override
      public String toString() {
        return "OldStorage";
      }
    };
  }

  @Test
  @DisplayName("a storage without the spot-check store is refused at build(), naming the store, the feature and "
      + "both fixes")
  void storageLackingSpotCheckStore() {
    Storage old = mandatoryStoresOnly();
    ConfigurationException e = assertThrows(ConfigurationException.class,
        () -> Homewatch.builder().storage(old).build());
    assertTrue(e.getMessage().contains("OldStorage does not offer SpotCheckStore"), e.getMessage());
    assertTrue(e.getMessage().contains("which spot checks need"), e.getMessage());
    assertTrue(e.getMessage().contains("Storage.optionalStores()"), e.getMessage());
    assertTrue(e.getMessage().contains("spotChecks(false)"), e.getMessage());
    old.close();
  }

  @Test
  @DisplayName("with spot checks off, that storage builds and runs; asking for spot checks says they are off")
  void spotChecksOff() {
    try (Homewatch homewatch = Homewatch.builder().storage(mandatoryStoresOnly()).channel(AlertChannel.noop("sms"))
        .spotChecks(false).reports(false).retention(false).build()) {
      ConfigurationException e = assertThrows(ConfigurationException.class, homewatch::spotChecks);
      assertTrue(e.getMessage().contains("spotChecks(false)"), e.getMessage());
      assertEquals(Optional.empty(), homewatch.jurisdictions().find(World.PROVINCE));
    }
  }

  @Test
  @DisplayName("the shipped storages offer the spot-check store, so the default build needs no option")
  void memoryStorageOffersSpotChecks() {
    try (Homewatch homewatch = Homewatch.builder().storage(World.memoryStorage()).channel(AlertChannel.noop("sms"))
        .build()) {
      assertTrue(homewatch.spotChecks() != null);
    }
  }

  @Test
  @DisplayName("a storage without the report-counter store is refused at build() while reports are on, naming the "
      + "store and reports(false)")
  void storageLackingReportCounterStore() {
    Storage old = mandatoryStoresOnly();
    ConfigurationException e = assertThrows(ConfigurationException.class,
        () -> Homewatch.builder().storage(old).channel(AlertChannel.noop("sms")).spotChecks(false).build());
    assertTrue(e.getMessage().contains("OldStorage does not offer ReportCounterStore"), e.getMessage());
    assertTrue(e.getMessage().contains("reports(false)"), e.getMessage());
    old.close();
  }

  @Test
  @DisplayName("a storage without the retention store is refused at build() while the retention purge is on, naming "
      + "the store and retention(false); off, asking for the purge says it is off")
  void storageLackingRetentionStore() {
    Storage old = mandatoryStoresOnly();
    ConfigurationException e = assertThrows(ConfigurationException.class, () -> Homewatch.builder().storage(old)
        .channel(AlertChannel.noop("sms")).spotChecks(false).reports(false).build());
    assertTrue(e.getMessage().contains("OldStorage does not offer RetentionStore"), e.getMessage());
    assertTrue(e.getMessage().contains("retention(false)"), e.getMessage());
    try (Homewatch homewatch = Homewatch.builder().storage(old).channel(AlertChannel.noop("sms"))
        .spotChecks(false).reports(false).retention(false).build()) {
      ConfigurationException off = assertThrows(ConfigurationException.class, homewatch::retention);
      assertTrue(off.getMessage().contains("retention(false)"), off.getMessage());
    }
  }

  @Test
  @DisplayName("with reports off, that storage builds and runs; asking for reports says they are off")
  void reportsOff() {
    try (Homewatch homewatch = Homewatch.builder().storage(mandatoryStoresOnly()).channel(AlertChannel.noop("sms"))
        .spotChecks(false).reports(false).retention(false).build()) {
      ConfigurationException e = assertThrows(ConfigurationException.class, homewatch::reports);
      assertTrue(e.getMessage().contains("reports(false)"), e.getMessage());
      homewatch.jurisdictions().importUnits(org.homewatch.model.Principal.staff(new org.homewatch.model.AccountId("admin"),
          World.PROVINCE, org.homewatch.model.Role.ADMINISTRATOR),
          java.util.List.of(new org.homewatch.model.Jurisdiction(World.PROVINCE, "Gia Lai")));
    }
  }
}
