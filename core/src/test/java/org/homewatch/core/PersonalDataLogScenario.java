package org.homewatch.core;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.homewatch.StorageException;
import org.homewatch.core.jobs.BackgroundJob;
import org.homewatch.core.jobs.JobReport;
import org.homewatch.model.Account;
import org.homewatch.model.AccountId;
import org.homewatch.model.Address;
import org.homewatch.model.BirthDate;
import org.homewatch.model.CaseCategory;
import org.homewatch.model.ContactPoint;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.Jurisdiction;
import org.homewatch.model.NationalId;
import org.homewatch.model.NewCase;
import org.homewatch.model.PageRequest;
import org.homewatch.model.Person;
import org.homewatch.model.PersonId;
import org.homewatch.model.PhoneNumber;
import org.homewatch.model.Principal;
import org.homewatch.model.QuarantineDecision;
import org.homewatch.model.Role;
import org.homewatch.model.Sex;
import org.homewatch.spi.notification.AlertChannel;
import org.homewatch.spi.notification.DeliveryResult;
import org.homewatch.spi.notification.Notification;
import org.homewatch.test.MutableClock;

/**
 * The child program of {@link NoPersonalDataInLogsTest}: a day that goes wrong in every way that logs. An SMS
 * gateway that throws with the recipient's number in its message, then refuses the number quoting it; a background
 * job that fails with a storage error quoting a row. It prints {@code scenario done} at the end; everything the
 * library logged went to stderr.
 */
public final class PersonalDataLogScenario {
  static final String PERSON_NAME = "Đặng Văn Hùng";
  static final String PERSON_PHONE = "+84912345678";
  static final String NATIONAL_ID = "064123456789";
  static final String NURSE_NAME = "Rơ Châm H'Lan";
  static final String NURSE_PHONE = "+84905111222";

  private PersonalDataLogScenario() {}

  /** A gateway whose errors quote the number it was given, as real ones do. */
  private static final class QuotingGateway implements AlertChannel {
    private int calls;

    @Override
    public String name() {
      return "sms";
    }

    @Override
    public synchronized DeliveryResult send(Notification n) {
      calls++;
      if (calls % 2 == 1) {
        throw new IllegalStateException("socket closed while sending to " + n.recipient().address());
      }
      return DeliveryResult.permanentFailure("unknown subscriber " + n.recipient().address());
    }
  }

  public static void main(String[] args) {
    MutableClock clock = new MutableClock(World.START);
    Homewatch homewatch = Homewatch.builder().storage(World.memoryStorage()).channel(new QuotingGateway())
        .clock(clock).retryPolicy(new org.homewatch.core.notify.RetryPolicy(Duration.ofSeconds(30),
            Duration.ofMinutes(5), 3)).build();
    Principal admin = Principal.staff(new AccountId("admin"), World.PROVINCE, Role.ADMINISTRATOR);
    Principal enroller = Principal.staff(new AccountId("enroller"), World.PROVINCE, Role.ENROLLER);
    Principal system = Principal.system(World.PROVINCE);
    homewatch.jurisdictions().importUnits(admin, List.of(new Jurisdiction(World.PROVINCE, "Gia Lai"),
        new Jurisdiction(World.DISTRICT, "Chư Sê"), new Jurisdiction(World.COMMUNE_A, "Thị trấn Chư Sê")));
    homewatch.accounts().save(admin, new Account(new AccountId("nurse-a"), NURSE_NAME, Set.of(Role.MONITOR),
        World.COMMUNE_A, List.of(new ContactPoint("sms", NURSE_PHONE)), true, true, 0));
    Person person = new Person(PersonId.random(), PERSON_NAME, BirthDate.ofYear(1958), Sex.MALE,
        PhoneNumber.parse(PERSON_PHONE), Optional.of(new NationalId(NATIONAL_ID)),
        new Address("Thôn 1", World.COMMUNE_A, Optional.empty()));
    IsolationCase c = homewatch.cases().register(enroller, NewCase.of(person, CaseCategory.F1,
        new QuarantineDecision("12/QĐ-UBND", "UBND huyện Chư Sê", World.TODAY), World.TODAY));
    Principal citizen = Principal.citizen(new AccountId("citizen-1"), person.id(), World.COMMUNE_A);
    homewatch.declarations().submit(citizen, new World().declaration(c, World.spo2(88)));

    // The gateway throws (retried), then refuses the number (failed for good): both are logged.
    for (int i = 0; i < 4; i++) {
      homewatch.notifications().dispatch(system, 10);
      clock.advance(Duration.ofMinutes(10));
    }
    // Reminders to the person, through the same gateway, and every standard job once; then a job that fails with a
    // storage error quoting the row it refused.
    BackgroundJob failing = new BackgroundJob() {
      @Override
      public String name() {
        return "province-export";
      }

      @Override
      public JobReport runBatch(Principal principal, PageRequest page) {
        throw new StorageException("duplicate key (phone)=(" + PERSON_PHONE + ") for " + PERSON_NAME + ", CCCD "
            + NATIONAL_ID);
      }
    };
    ManualScheduledExecutor executor = new ManualScheduledExecutor();
    try (BackgroundScheduler scheduler = BackgroundScheduler.builder().executor(executor).principal(system)
        .batchSize(50).standardJobs(homewatch).job(failing, Duration.ofMinutes(1)).start()) {
      for (int i = 0; i < 6; i++) {
        clock.advance(Duration.ofHours(2));
        executor.advance(Duration.ofHours(2));
      }
    }
    homewatch.close();
    System.out.println("scenario done");
  }
}
