package org.homewatch.examples.citizen;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.homewatch.core.Homewatch;
import org.homewatch.core.citizens.CitizenCase;
import org.homewatch.core.citizens.CodeRequest;
import org.homewatch.core.citizens.LinkingRefusedException;
import org.homewatch.core.citizens.TodaySchedule;
import org.homewatch.core.citizens.TodaySlot;
import org.homewatch.model.Account;
import org.homewatch.model.BirthDate;
import org.homewatch.model.CaseCategory;
import org.homewatch.model.Feedback;
import org.homewatch.model.FeedbackTopic;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.NewCase;
import org.homewatch.model.Person;
import org.homewatch.model.PersonId;
import org.homewatch.model.Principal;
import org.homewatch.model.Sex;
import org.homewatch.model.DeclarationId;
import org.homewatch.model.NewDeclaration;
import org.homewatch.spi.notification.Notification;
import org.homewatch.spi.storage.Storage;
import org.homewatch.storage.memory.MemoryStorage;
import org.homewatch.test.GiaLai;
import org.homewatch.test.MutableClock;
import org.homewatch.test.RecordingChannel;

/**
 * One day of the citizen's side in Thị trấn Chư Sê (Gia Lai), told through the public API only: Rơ Lan Thị Hạnh,
 * in home quarantine with her son, links the portal's app to herself with the code the SMS brings, sees both cases
 * (she heads the household), declares in the morning, looks at today's windows in the afternoon, asks the station
 * for medicine for her son and reads the answer. {@code CitizenStoryTest} runs it and checks what she saw:
 * {@code mvn -B -q -pl examples -am test -Dtest=CitizenStoryTest -Dsurefire.failIfNoSpecifiedTests=false}; its
 * {@link #main} prints the same story from an IDE.
 */
public final class CitizenStory {
  /** The app installation's login on the portal: what the portal resolves on every request from now on. */
  public static final String APP_SUBJECT = "app-install-7f3a91";
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  /**
   * What the story saw, for its test.
   *
   * @param citizen the principal the app's login resolved to
   * @param cases the cases the citizen saw
   * @param today today's windows in the afternoon
   * @param feedback the citizen's feedback as she read it at the end
   * @param guessRefused the reason a wrong code was refused before the right one was typed
   */
  public record Outcome(Principal citizen, List<CitizenCase> cases, TodaySchedule today, List<Feedback> feedback,
      LinkingRefusedException.Reason guessRefused) {}

  private CitizenStory() {}

  /**
   * Plays the story on a fresh in-memory storage and prints it.
   *
   * @param args none
   */
  public static void main(String[] args) {
    run(new MemoryStorage(), System.out);
  }

  /**
   * Plays the story on {@code storage} (fresh and empty; closed at the end), printing each step to {@code out}.
   *
   * @param storage where Homewatch keeps everything
   * @param out where the story is told
   * @return what the citizen saw
   */
  public static Outcome run(Storage storage, PrintStream out) {
    MutableClock clock = new MutableClock(GiaLai.START); // 08:00 in Vietnam
    RecordingChannel staffChannel = new RecordingChannel("staff");
    RecordingChannel sms = new RecordingChannel("sms");
    byte[] secret = "read this from the portal's key vault, not the code".getBytes(StandardCharsets.UTF_8);
    try (Homewatch homewatch = Homewatch.builder().storage(storage).clock(clock).channel(staffChannel).channel(sms)
        .citizenCodes(secret, GiaLai.PROVINCE).build()) {
      homewatch.jurisdictions().importUnits(GiaLai.ADMIN, GiaLai.UNITS);
      homewatch.accounts().save(GiaLai.ADMIN, Account.staff("tyt-thitran.nurse", "Y tá Hoa", GiaLai.THI_TRAN_CHU_SE,
          org.homewatch.model.Role.MONITOR).reachableAt("staff", "tyt-thitran.nurse").withOnDuty(true));

      // The district's enroller registers the household from the quarantine decision.
      Person hanh = GiaLai.person("Rơ Lan Thị Hạnh", GiaLai.THI_TRAN_CHU_SE, 1984);
      IsolationCase hers = homewatch.cases().register(GiaLai.ENROLLER,
          NewCase.of(hanh, CaseCategory.F2, GiaLai.DECISION, GiaLai.TODAY));
      Person son = new Person(PersonId.random(), "Rơ Lan Văn Pơh", BirthDate.ofYear(2013), Sex.MALE, hanh.phone(),
          Optional.empty(), hanh.home());
      IsolationCase his = homewatch.cases().register(GiaLai.ENROLLER,
          NewCase.of(son, CaseCategory.F2, GiaLai.DECISION, GiaLai.TODAY).withHouseholdHead(hanh.id()));

      // 08:00: she types her number into the app; the portal asks for a code and the SMS arrives.
      CodeRequest request = homewatch.citizenLinking().requestCode(APP_SUBJECT, hanh.phone());
      out.println("08:00 app: a code was sent to " + request.maskedPhone() + ", valid until "
          + TIME.format(request.expiresAt().atZone(hers.zone())));
      homewatch.notifications().dispatch(GiaLai.SYSTEM, 10);
      Notification message = sms.sentTo(hanh.phone().e164()).get(0);
      out.println("08:00 SMS: " + message.text());
      String code = message.parameters().get("code");
      String typo = (code.charAt(0) == '9' ? "0" : String.valueOf((char) (code.charAt(0) + 1))) + code.substring(1);
      LinkingRefusedException.Reason guess;
      try {
        homewatch.citizenLinking().link(APP_SUBJECT, hanh.phone(), typo);
        throw new IllegalStateException("a wrong code linked");
      } catch (LinkingRefusedException e) {
        guess = e.reason();
        out.println("08:01 app: " + e.getMessage() + " (" + e.reason() + ")");
      }
      homewatch.citizenLinking().link(APP_SUBJECT, hanh.phone(), code);
      Principal me = homewatch.principals().resolve(APP_SUBJECT).orElseThrow();
      out.println("08:01 app: linked; the portal now resolves the app as " + me.roles() + " " + me.scope());

      List<CitizenCase> cases = homewatch.citizens().cases(me);
      cases.forEach(c -> out.println("08:01 my cases: " + c.fullName() + " " + c.category() + " " + c.status()
          + (c.own() ? " (mine)" : " (my household)")));

      homewatch.declarations().submit(me, NewDeclaration.of(DeclarationId.random(), hers.id(), clock.instant(),
          GiaLai.normalVitals(), java.util.Set.of()));
      out.println("08:05 app: morning declaration sent");

      clock.advance(Duration.ofHours(8).plusMinutes(31)); // 16:31: the afternoon's window and grace are over
      TodaySchedule today = homewatch.citizens().today(me, hers.id());
      for (TodaySlot slot : today.slots()) {
        out.println("16:31 today: " + slot.window() + " " + slot.opensAt() + "-" + slot.closesAt() + " "
            + slot.status() + (slot.openNow() ? " (open now)" : ""));
      }

      Feedback asked = homewatch.feedback().submit(me, his.id(), FeedbackTopic.MEDICINE,
          "Cháu Pơh sốt nhẹ, nhà hết thuốc hạ sốt. Nhờ trạm hỗ trợ.");
      clock.advance(Duration.ofMinutes(20));
      homewatch.feedback().reply(GiaLai.NURSE_THI_TRAN, asked.id(), asked.version(),
          "Trạm sẽ mang paracetamol cho cháu trước 18:00. Nếu sốt trên 38,5 độ, gọi trạm ngay.");
      homewatch.notifications().dispatch(GiaLai.SYSTEM, 10);
      out.println("16:51 SMS: " + sms.sentTo(hanh.phone().e164()).get(1).text());
      List<Feedback> feedback = homewatch.citizens().feedback(me, his.id());
      feedback.forEach(f -> f.replies().forEach(r -> out.println("16:52 app, reply from the station: " + r.text())));
      return new Outcome(me, cases, today, feedback, guess);
    }
  }
}
