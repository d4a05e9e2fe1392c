package org.homewatch.core.citizens;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.homewatch.ConfigurationException;
import org.homewatch.ValidationException;
import org.homewatch.core.access.Operation;
import org.homewatch.core.audit.AuditLog;
import org.homewatch.core.citizens.internal.CodeHasher;
import org.homewatch.core.citizens.internal.PhoneHolder;
import org.homewatch.core.internal.Arguments;
import org.homewatch.core.internal.Transactions;
import org.homewatch.core.notify.NotificationComposer;
import org.homewatch.model.AccountId;
import org.homewatch.model.CitizenLink;
import org.homewatch.model.ContactPoint;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.JurisdictionPath;
import org.homewatch.model.LinkCode;
import org.homewatch.model.PhoneNumber;
import org.homewatch.model.Principal;
import org.homewatch.model.Role;
import org.homewatch.spi.storage.CitizenIdentityStore;
import org.homewatch.spi.storage.OutboxMessage;
import org.homewatch.spi.storage.StorageTransaction;

/**
 * Links a citizen's login to the person they are, by a one-time code sent to the person's phone through the outbox.
 * The portal calls {@link #requestCode} when someone types their number, and {@link #link} when they type the code;
 * from then on {@code homewatch.principals().resolve(subject)} yields a citizen principal for that person, who sees
 * their own cases and those of the household they head.
 *
 * <p>Codes are kept only as a keyed hash ({@code CodeHasher}: HMAC-SHA-256 under the deployment's secret, salted with
 * the request's id and bound to the phone and the login), compared in constant time, expire
 * ({@link LinkCodePolicy#validFor()}), take a limited number of attempts ({@link LinkCodePolicy#maxAttempts()}),
 * work once, and a phone gets at most {@link LinkCodePolicy#maxCodesPerHour()} an hour. Only the latest code of a
 * phone counts: asking again makes the earlier ones useless. Every request and every attempt is audited with the
 * phone masked and never the code. A number that belongs to no case in the deployment's unit (or to several people,
 * none heading the others) is answered exactly as any other, but no message is sent: the answer does not tell who is
 * in quarantine. The code itself is in the outbox message until it is sent, as any SMS is.
 *
 * <p>Thread-safe, and safe on several nodes over one storage: requests and attempts for one phone take turns on the
 * phone's lock ({@link CitizenIdentityStore#lockPhone}), so the hourly limit holds across nodes and two attempts on
 * one code at once cannot both succeed (the second finds the code used).
 */
public final class CitizenLinking {
  /** The longest code text looked at; longer input is refused before anything is read. */
  static final int MAX_CODE_LENGTH = 32;

  private final Transactions transactions;
  private final AuditLog audit;
  private final NotificationComposer composer;
  private final CodeHasher hasher;
  private final LinkCodePolicy policy;
  private final JurisdictionPath servedUnit;
  private final String personChannel;
  private final Locale locale;
  private final Clock clock;

  /**
   * Built by {@code Homewatch} only.
   *
   * @param transactions runs each call in one transaction
   * @param audit where requests and attempts are recorded
   * @param composer renders the code's message
   * @param hasher makes codes and their hashes with the deployment's secret
   * @param policy validity, attempts, rate and length of codes
   * @param servedUnit the unit the portal serves: only cases inside it are linked, and what concerns no case is
   *     audited under it
   * @param personChannel the channel that reaches people at their phone number
   * @param locale the language of the code's message
   * @param clock the only source of time
   */
  public CitizenLinking(Transactions transactions, AuditLog audit, NotificationComposer composer, CodeHasher hasher,
      LinkCodePolicy policy, JurisdictionPath servedUnit, String personChannel, Locale locale, Clock clock) {
    this.transactions = transactions;
    this.audit = audit;
    this.composer = composer;
    this.hasher = hasher;
    this.policy = policy;
    this.servedUnit = servedUnit;
    this.personChannel = personChannel;
    this.locale = locale;
    this.clock = clock;
  }

  /**
   * Sends a one-time code to {@code phone} for the login {@code subject}, if the number belongs to a person with a
   * case in the deployment's unit. The answer is the same either way.
   *
   * @param subject the portal's subject of the login that will be linked (its own login's id, or a random id the
   *     portal keeps in the app's session), 1 to 128 characters
   * @param phone the number the person typed
   * @return the masked number and until when the code is accepted
   * @throws LinkingRefusedException ({@link LinkingRefusedException.Reason#TOO_MANY_REQUESTS}) if the phone was sent
   *     {@link LinkCodePolicy#maxCodesPerHour()} codes in the last hour; nothing is sent or stored then
   * @throws ValidationException on {@code subject} if it is not a valid account id, or is the system's or a staff
   *     account's id
   */
  public CodeRequest requestCode(String subject, PhoneNumber phone) {
    AccountId login = login(subject);
    Arguments.required(phone, "phone");
    Instant requested = clock.instant();
    Optional<Instant> issued = transactions.storage().inTransaction(tx -> {
      requireCitizenLogin(tx, login);
      // Other nodes asking for this phone wait here, so the count below and the insert are one step across nodes.
      store(tx).lockPhone(phone);
      PhoneHolder holder = PhoneHolder.of(tx, phone, servedUnit);
      // A request in the same microsecond as the previous one still comes after it: the latest code is one code.
      Instant now = store(tx).latestCode(phone).map(LinkCode::issuedAt).filter(last -> !requested.isAfter(last))
          .map(last -> last.plus(1, java.time.temporal.ChronoUnit.MICROS)).orElse(requested);
      Principal actor = actor(login, holder.unitOr(servedUnit));
      int recent = store(tx).codesIssuedSince(phone, now.minus(Duration.ofHours(1)));
      if (recent >= policy.maxCodesPerHour()) {
        audit.record(tx, actor, Operation.REQUEST_LINK_CODE, "phone", phone.masked(), holder.unitOr(servedUnit),
            Map.of("outcome", "refused: " + recent + " codes in the last hour"));
        return Optional.<Instant>empty();
      }
      Instant expiresAt = now.plus(policy.validFor());
      UUID id = UUID.randomUUID();
      String code = hasher.newCode(policy.digits());
      store(tx).insertCode(LinkCode.issued(id, phone, hasher.hash(id, phone, login, code), now, expiresAt));
      holder.latestCase().ifPresent(c -> send(tx, c, phone, id, code, requested));
      audit.record(tx, actor, Operation.REQUEST_LINK_CODE, "phone", phone.masked(), holder.unitOr(servedUnit),
          Map.of("outcome", holder.latestCase().isPresent() ? "sent" : holder.ambiguous()
              ? "not sent: several people carry this number" : "not sent: no case with this number"));
      return Optional.of(expiresAt);
    });
    if (issued.isEmpty()) {
      throw new LinkingRefusedException(LinkingRefusedException.Reason.TOO_MANY_REQUESTS, "this phone was sent "
          + policy.maxCodesPerHour() + " codes in the last hour; wait before asking again");
    }
    return new CodeRequest(phone.masked(), issued.get());
  }

  /**
   * Links {@code subject} to the person of {@code phone} if {@code code} is the latest code sent to that phone for
   * that subject, still valid, unused and within its attempts. The code is then used up. A refused code changes
   * nothing but its attempt count.
   *
   * @param subject the same login the code was requested for
   * @param phone the number the code was sent to
   * @param code the code as typed (spaces, tabs and line breaks are ignored)
   * @return the link; resolve {@code subject} with {@code homewatch.principals()} from now on
   * @throws LinkingRefusedException if the code is wrong, expired, used, or out of attempts
   * @throws ValidationException on {@code code} if it is blank, longer than 32 characters or holds a control or
   *     bidirectional character (no attempt is counted then), on {@code subject} if it is not a valid account id, or
   *     is the system's or a staff account's id
   */
  public CitizenLink link(String subject, PhoneNumber phone, String code) {
    AccountId login = login(subject);
    Arguments.required(phone, "phone");
    Arguments.required(code, "code");
    if (code.length() > MAX_CODE_LENGTH) {
      throw ValidationException.of("code", "homewatch.validation.length",
          "a one-time code has at most " + MAX_CODE_LENGTH + " characters");
    }
    // Nothing typed, or a control character, is the app's fault, not a guess: refused before it costs an attempt.
    Arguments.text(code, "code", MAX_CODE_LENGTH);
    String typed = code.replaceAll("\\s", ""); // as typed or pasted: spaces, a tab, a line break
    Instant now = clock.instant();
    Attempt attempt = transactions.storage().inTransaction(tx -> attempt(tx, login, phone, typed, now));
    if (attempt.link().isPresent()) {
      return attempt.link().get();
    }
    LinkingRefusedException.Reason reason = attempt.refusal();
    throw new LinkingRefusedException(reason, switch (reason) {
      case EXPIRED -> "this code has expired: ask for a new one";
      case ALREADY_USED -> "this code was used already: a code works once";
      case TOO_MANY_ATTEMPTS -> "too many codes were tried: ask for a new one";
      default -> "this is not the code sent to this phone";
    });
  }

  private Attempt attempt(StorageTransaction tx, AccountId login, PhoneNumber phone, String typed, Instant now) {
    requireCitizenLogin(tx, login);
    store(tx).lockPhone(phone); // attempts on a phone's code are counted one at a time, across nodes
    PhoneHolder holder = PhoneHolder.of(tx, phone, servedUnit);
    JurisdictionPath unit = holder.unitOr(servedUnit);
    Principal actor = actor(login, unit);
    Optional<LinkCode> latest = store(tx).latestCode(phone);
    if (latest.isEmpty()) {
      audit.record(tx, actor, Operation.LINK_CITIZEN, "phone", phone.masked(), unit, Map.of("outcome", "no code"));
      return Attempt.refused(LinkingRefusedException.Reason.WRONG_CODE);
    }
    LinkCode stored = latest.get();
    LinkingRefusedException.Reason refusal = null;
    if (stored.usedAt().isPresent()) {
      refusal = LinkingRefusedException.Reason.ALREADY_USED;
    } else if (stored.isExpiredAt(now)) {
      refusal = LinkingRefusedException.Reason.EXPIRED;
    } else if (stored.attempts() >= policy.maxAttempts()) {
      refusal = LinkingRefusedException.Reason.TOO_MANY_ATTEMPTS;
    } else if (!CodeHasher.sameHash(stored.codeHash(), hasher.hash(stored.id(), phone, login, typed))
        || holder.person().isEmpty()) {
      // the right code for a number nobody holds can only be a guess: no message was sent for it
      refusal = LinkingRefusedException.Reason.WRONG_CODE;
    }
    LinkCode attempted = stored.attempted(refusal == null, now);
    store(tx).updateCode(attempted);
    Map<String, String> details = Map.of("outcome", refusal == null ? "linked" : refusal.name(),
        "attempts", Integer.toString(attempted.attempts()), "code", stored.id().toString());
    if (refusal != null) {
      audit.record(tx, actor, Operation.LINK_CITIZEN, "phone", phone.masked(), unit, details);
      return Attempt.refused(refusal);
    }
    CitizenLink link = new CitizenLink(login, holder.person().get(), phone, now);
    store(tx).saveLink(link);
    audit.record(tx, actor, Operation.LINK_CITIZEN, "person", link.person(), unit, details);
    return new Attempt(Optional.of(link), LinkingRefusedException.Reason.WRONG_CODE);
  }

  private void send(StorageTransaction tx, IsolationCase c, PhoneNumber phone, UUID codeId, String code,
      Instant now) {
    // The idempotency key is the code request's id: a retried send of this message is the same SMS.
    var notification = composer.compose("homewatch:link-code:" + codeId, new ContactPoint(personChannel,
        phone.e164()), "citizen.code", locale, Map.of("code", code,
        "minutes", Long.toString(policy.validFor().toMinutes())));
    tx.outbox().enqueue(OutboxMessage.pending(c.responsibleUnit(), notification, now));
  }

  private static AccountId login(String subject) {
    Arguments.required(subject, "subject");
    AccountId login = new AccountId(subject);
    if (login.equals(AccountId.SYSTEM)) {
      throw reserved();
    }
    return login;
  }

  /**
   * A staff account's id is never a citizen's login, active or not: a link under it would make a deactivated staff
   * login come back as a citizen, and audit a citizen under a staff member's id.
   */
  private static void requireCitizenLogin(StorageTransaction tx, AccountId login) {
    if (tx.accounts().find(login).isPresent()) {
      throw reserved();
    }
  }

  private static ValidationException reserved() {
    return ValidationException.of("subject", "homewatch.validation.accountId.reserved",
        "a citizen's login must not be the system's or a staff account's id: give the citizen's own subject");
  }

  /** Who acts before the login is linked: the login itself, as a citizen with no person yet. */
  private static Principal actor(AccountId login, JurisdictionPath unit) {
    return new Principal(login, Set.of(Role.CITIZEN), unit, Optional.empty());
  }

  private static CitizenIdentityStore store(StorageTransaction tx) {
    return tx.store(CitizenIdentityStore.class).orElseThrow(() -> new ConfigurationException(
        "the storage does not offer CitizenIdentityStore, which citizens' one-time codes need"));
  }

  /** What an attempt came to: a link, or the reason it was refused. */
  private record Attempt(Optional<CitizenLink> link, LinkingRefusedException.Reason refusal) {
    static Attempt refused(LinkingRefusedException.Reason reason) {
      return new Attempt(Optional.empty(), reason);
    }
  }
}
