package org.homewatch.examples.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.homewatch.AccessDeniedException;
import org.homewatch.examples.EveryStorage;
import org.homewatch.model.Account;
import org.homewatch.model.AccountId;
import org.homewatch.model.AccountQuery;
import org.homewatch.model.Page;
import org.homewatch.model.PageRequest;
import org.homewatch.model.Principal;
import org.homewatch.model.Role;
import org.homewatch.spi.storage.Storage;
import org.homewatch.test.GiaLai;
import org.homewatch.test.world.GiaLaiWorld;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Issue 13.5's account list through the public API, alike on memory, H2 and PostgreSQL. */
class AccountListOnEveryStorageTest {
  static Stream<Arguments> storages() {
    return EveryStorage.storages("accounts");
  }

  private static List<String> all(GiaLaiWorld world, Principal admin, AccountQuery query, int pageSize) {
    List<String> ids = new ArrayList<>();
    PageRequest request = PageRequest.first(pageSize);
    while (true) {
      Page<Account> page = world.homewatch().accounts().list(admin, query, request);
      page.items().forEach(a -> ids.add(a.id().value()));
      if (!page.hasNext()) {
        return ids;
      }
      request = request.next(page);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("storages")
  @DisplayName("the district's accounts unit by unit, by role, active and on duty, paged; nothing outside the scope; "
      + "an account elsewhere looks absent")
  void listAccounts(String storageName, Supplier<Storage> storage) {
    try (GiaLaiWorld world = GiaLaiWorld.builder().storage(storage.get()).build()) {
      // The world's staff: both communes' nurses and the district supervisor (on duty), the province's supervisor.
      Account second = world.homewatch().accounts().create(GiaLai.ADMIN, Account.staff("tyt-thitran.nurse2",
          "Y tá Lan", GiaLai.THI_TRAN_CHU_SE, Role.MONITOR, Role.ENROLLER));
      world.homewatch().accounts().deactivate(GiaLai.ADMIN, second.id(), 0, "chuyển công tác");
      Principal districtAdmin = Principal.staff(new AccountId("ttyt-chuse.admin"), GiaLai.CHU_SE,
          Role.ADMINISTRATOR);

      assertEquals(List.of("bcd-chuse", "tyt-thitran.nurse", "tyt-thitran.nurse2", "tyt-iatiem.nurse"),
          all(world, districtAdmin, AccountQuery.in(GiaLai.CHU_SE), 1), storageName);
      assertEquals(List.of("tyt-thitran.nurse", "tyt-iatiem.nurse"), all(world, districtAdmin,
          AccountQuery.in(GiaLai.CHU_SE).withRole(Role.MONITOR).active(true).onDuty(true), 50), storageName);
      assertEquals(List.of("tyt-thitran.nurse2"), all(world, districtAdmin,
          AccountQuery.in(GiaLai.CHU_SE).withRole(Role.ENROLLER), 50), storageName);
      assertEquals(List.of("tyt-thitran.nurse2"), all(world, districtAdmin,
          AccountQuery.in(GiaLai.THI_TRAN_CHU_SE).active(false), 50), storageName);

      Principal iaTiemAdmin = Principal.staff(new AccountId("tyt-iatiem.admin"), GiaLai.IA_TIEM, Role.ADMINISTRATOR);
      assertThrows(AccessDeniedException.class, () -> world.homewatch().accounts().list(iaTiemAdmin,
          AccountQuery.in(GiaLai.CHU_SE), PageRequest.first(10)));
      assertEquals(Optional.empty(), world.homewatch().accounts().find(iaTiemAdmin,
          GiaLai.NURSE_THI_TRAN.account()), storageName);
    }
  }
}
