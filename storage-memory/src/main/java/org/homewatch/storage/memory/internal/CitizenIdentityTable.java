package org.homewatch.storage.memory.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.homewatch.model.AccountId;
import org.homewatch.model.CitizenLink;
import org.homewatch.model.LinkCode;
import org.homewatch.model.PersonId;
import org.homewatch.model.PhoneNumber;
import org.homewatch.spi.storage.CitizenIdentityStore;

/** One-time codes by id and per phone (a phone gets a few a day), and citizen links by subject. */
final class CitizenIdentityTable implements CitizenIdentityStore {
  private static final Comparator<LinkCode> ISSUED_ORDER =
      Comparator.comparing(LinkCode::issuedAt).thenComparing(LinkCode::id);

  private final Engine engine;
  private final Map<UUID, LinkCode> codes = new HashMap<>();
  private final MultiIndex<PhoneNumber, UUID> codesByPhone = new MultiIndex<>();
  private final Map<AccountId, CitizenLink> links = new HashMap<>();

  CitizenIdentityTable(Engine engine) {
    this.engine = engine;
  }

  @Override
  public void lockPhone(PhoneNumber phone) {
    // transactions run one at a time here: the running one holds every phone already
    engine.guard();
  }

  @Override
  public void insertCode(LinkCode code) {
    VersionedRows.insert(engine, codes, code.id(), code, "one-time code", this::add, this::remove);
  }

  @Override
  public Optional<LinkCode> latestCode(PhoneNumber phone) {
    engine.guard();
    return ofPhone(phone).stream().max(ISSUED_ORDER);
  }

  @Override
  public int codesIssuedSince(PhoneNumber phone, Instant since) {
    engine.guard();
    return (int) ofPhone(phone).stream().filter(c -> !c.issuedAt().isBefore(since)).count();
  }

  @Override
  public void updateCode(LinkCode updated) {
    VersionedRows.update(engine, codes, updated.id(), updated, "one-time code", LinkCode::version, this::add,
        this::remove);
  }

  @Override
  public void saveLink(CitizenLink link) {
    engine.guard();
    CitizenLink before = links.put(link.subject(), link);
    engine.onRollback(() -> {
      if (before == null) {
        links.remove(link.subject());
      } else {
        links.put(link.subject(), before);
      }
    });
  }

  @Override
  public Optional<CitizenLink> findLink(AccountId subject) {
    engine.guard();
    return Optional.ofNullable(links.get(subject));
  }

  @Override
  public int removeCodesExpiredBefore(Instant expiredBefore, int limit) {
    engine.guard();
    List<LinkCode> gone = codes.values().stream().filter(c -> c.expiresAt().isBefore(expiredBefore))
        .sorted(Comparator.comparing(LinkCode::expiresAt).thenComparing(LinkCode::phone, Comparator.comparing(
            PhoneNumber::e164)).thenComparing(LinkCode::id))
        .limit(Math.max(0, limit)).toList();
    for (LinkCode c : gone) {
      remove(c);
      engine.onRollback(() -> add(c));
    }
    return gone.size();
  }

  @Override
  public int removeCodesOf(PhoneNumber phone) {
    engine.guard();
    List<LinkCode> gone = ofPhone(phone);
    for (LinkCode c : gone) {
      remove(c);
      engine.onRollback(() -> add(c));
    }
    return gone.size();
  }

  @Override
  public int removeLinksOf(PersonId person) {
    engine.guard();
    List<CitizenLink> gone = links.values().stream().filter(l -> l.person().equals(person)).toList();
    for (CitizenLink l : gone) {
      links.remove(l.subject());
      engine.onRollback(() -> links.put(l.subject(), l));
    }
    return gone.size();
  }

  void clear() {
    codes.clear();
    codesByPhone.clear();
    links.clear();
  }

  private List<LinkCode> ofPhone(PhoneNumber phone) {
    List<LinkCode> found = new ArrayList<>();
    codesByPhone.get(phone).forEach(id -> found.add(codes.get(id)));
    return found;
  }

  private void add(LinkCode code) {
    codes.put(code.id(), code);
    codesByPhone.add(code.phone(), code.id());
  }

  private void remove(LinkCode code) {
    codes.remove(code.id());
    codesByPhone.remove(code.phone(), code.id());
  }
}
