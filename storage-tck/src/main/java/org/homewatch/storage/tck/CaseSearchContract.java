package org.homewatch.storage.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.homewatch.model.Address;
import org.homewatch.model.BirthDate;
import org.homewatch.model.CaseCategory;
import org.homewatch.model.CaseId;
import org.homewatch.model.CaseQuery;
import org.homewatch.model.CaseStatus;
import org.homewatch.model.IsolationCase;
import org.homewatch.model.JurisdictionPath;
import org.homewatch.model.MonitoringSummary;
import org.homewatch.model.NationalId;
import org.homewatch.model.Person;
import org.homewatch.model.PersonId;
import org.homewatch.model.PhoneNumber;
import org.homewatch.model.Severity;
import org.homewatch.model.Sex;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * Finding people in a line list: by name without diacritics or tone marks, by whole phone number or national id, and
 * by when they last declared, always inside the query's scope and keyset-paged like any line list.
 */
abstract class CaseSearchContract extends StoreContract {
  private static final List<String> NAMES = List.of("Nguyễn Thị Hoà", "Nguyễn Thị Hòa", "Đặng Văn Đức",
      "Nguyễn Văn An", "Trần Thị Thuỷ", "Rơ Mah H'Hen", "Ksor Yên", "Lê Thị Hương", "Phạm Quốc Huy");

  CaseSearchContract(StorageCompatibilityKit kit) {
    super(kit);
  }

  private static IsolationCase caseOf(String name, JurisdictionPath commune, String phone,
      Optional<NationalId> nationalId, Optional<Instant> lastDeclared) {
    Person person = new Person(PersonId.random(), name, BirthDate.ofYear(1980), Sex.FEMALE, new PhoneNumber(phone),
        nationalId, new Address("Thôn 3", commune, Optional.empty()));
    IsolationCase c = Samples.isolationCase(CaseId.random(), person, commune, CaseStatus.ACTIVE, CaseCategory.F1,
        Severity.NORMAL);
    MonitoringSummary monitoring = lastDeclared.map(at -> MonitoringSummary.NONE.with(at, Severity.NORMAL))
        .orElse(MonitoringSummary.NONE);
    return new IsolationCase(c.id(), person, c.category(), c.decision(), c.period(), c.status(), c.responsibleUnit(),
        c.riskFactors(), c.zone(), c.scheduleId(), c.householdHead(), c.previousCase(), monitoring, c.history(),
        c.createdAt(), 0);
  }

  private static IsolationCase named(String name, JurisdictionPath commune) {
    return caseOf(name, commune, "+84905111222", Optional.empty(), Optional.empty());
  }

  private Set<String> namesFound(CaseQuery query) {
    return read(tx -> tx.cases().list(query, org.homewatch.model.PageRequest.first(100))).items().stream()
        .map(c -> c.person().fullName()).collect(Collectors.toSet());
  }

  @Test
  @DisplayName("A name search ignores case, diacritics and tone marks (đ reads as d) and matches from the name's start")
  void nameSearch() {
    write(tx -> NAMES.forEach(name -> tx.cases().insert(named(name, Samples.CHU_SE_TOWN))));
    CaseQuery town = CaseQuery.in(Samples.CHU_SE_TOWN);

    assertEquals(Set.of("Nguyễn Thị Hoà", "Nguyễn Thị Hòa"), namesFound(town.searching("nguyen thi hoa")));
    assertEquals(Set.of("Nguyễn Thị Hoà", "Nguyễn Thị Hòa"), namesFound(town.searching("NGUYỄN THỊ HOÀ")));
    assertEquals(Set.of("Đặng Văn Đức"), namesFound(town.searching("dang van duc")));
    assertEquals(Set.of("Trần Thị Thuỷ"), namesFound(town.searching("Tran  thi thủy")));
    assertEquals(Set.of("Nguyễn Thị Hoà", "Nguyễn Thị Hòa", "Nguyễn Văn An"), namesFound(town.searching("nguyen")));
    assertEquals(Set.of("Rơ Mah H'Hen"), namesFound(town.searching("ro mah h'")));
    assertEquals(Set.of(), namesFound(town.searching("thi hoa")), "a search matches from the start of the name");
    assertEquals(Set.of(), namesFound(CaseQuery.in(Samples.IA_BLANG).searching("nguyen")), "outside the scope");
  }

  @Test
  @DisplayName("A search treats % and _ in the text as letters, not as patterns")
  void noPatterns() {
    write(tx -> tx.cases().insert(named("Nguyễn Văn An", Samples.CHU_SE_TOWN)));
    assertEquals(Set.of(), namesFound(CaseQuery.in(Samples.CHU_SE_TOWN).searching("%")));
    assertEquals(Set.of(), namesFound(CaseQuery.in(Samples.CHU_SE_TOWN).searching("nguy_n")));
  }

  @Test
  @DisplayName("A phone search finds the whole number however it is typed, a national-id search the 12 digits, in scope")
  void numberSearch() {
    IsolationCase hoa = caseOf("Nguyễn Thị Hoà", Samples.CHU_SE_TOWN, "+84905111222",
        Optional.of(new NationalId("064080001234")), Optional.empty());
    IsolationCase an = caseOf("Nguyễn Văn An", Samples.CHU_SE_TOWN, "+84905111333", Optional.empty(),
        Optional.empty());
    IsolationCase elsewhere = caseOf("Trần Thị Thuỷ", Samples.IA_BLANG, "+84905111222",
        Optional.of(new NationalId("064080001234")), Optional.empty());
    write(tx -> List.of(hoa, an, elsewhere).forEach(tx.cases()::insert));
    CaseQuery town = CaseQuery.in(Samples.CHU_SE_TOWN);

    assertEquals(Set.of("Nguyễn Thị Hoà"), namesFound(town.searching("0905 111 222")));
    assertEquals(Set.of("Nguyễn Thị Hoà"), namesFound(town.searching("+84905111222")));
    assertEquals(Set.of("Nguyễn Thị Hoà"), namesFound(town.searching("064080001234")));
    assertEquals(Set.of("Nguyễn Thị Hoà", "Trần Thị Thuỷ"),
        namesFound(CaseQuery.in(Samples.CHU_SE).searching("064080001234")));
    assertEquals(Set.of(), namesFound(town.searching("0905111444")));
  }

  @Test
  @DisplayName("Bounds on the last declaration: 'from' wants a declaration at or after it, 'before' also takes none")
  void lastDeclaredBounds() {
    Instant startOfDay = Samples.T0;
    IsolationCase today = caseOf("Nguyễn Thị Hoà", Samples.CHU_SE_TOWN, "+84905111222", Optional.empty(),
        Optional.of(startOfDay));
    IsolationCase yesterday = caseOf("Đặng Văn Đức", Samples.CHU_SE_TOWN, "+84905111223", Optional.empty(),
        Optional.of(startOfDay.minusSeconds(1)));
    IsolationCase never = caseOf("Nguyễn Văn An", Samples.CHU_SE_TOWN, "+84905111224", Optional.empty(),
        Optional.empty());
    write(tx -> List.of(today, yesterday, never).forEach(tx.cases()::insert));
    CaseQuery town = CaseQuery.in(Samples.CHU_SE_TOWN);

    assertEquals(Set.of("Nguyễn Thị Hoà"),
        namesFound(town.withLastDeclared(Optional.of(startOfDay), Optional.empty())));
    assertEquals(Set.of("Đặng Văn Đức", "Nguyễn Văn An"),
        namesFound(town.withLastDeclared(Optional.empty(), Optional.of(startOfDay))));
    assertEquals(Set.of("Đặng Văn Đức"), namesFound(town.withLastDeclared(
        Optional.of(startOfDay.minus(Duration.ofDays(1))), Optional.of(startOfDay))));
    assertEquals(Set.of("Nguyễn Văn An"), namesFound(town.searching("nguyen van")
        .withLastDeclared(Optional.empty(), Optional.of(startOfDay))));
  }

  @Test
  @DisplayName("A name search follows an update that changes the person's name")
  void followsUpdates() {
    IsolationCase stored = named("Nguyễn Thị Hoà", Samples.CHU_SE_TOWN);
    write(tx -> tx.cases().insert(stored));
    Person p = stored.person();
    Person renamed = new Person(p.id(), "Đặng Thị Hoà", p.birthDate(), p.sex(), p.phone(), p.nationalId(), p.home());
    write(tx -> tx.cases().update(new IsolationCase(stored.id(), renamed, stored.category(), stored.decision(),
        stored.period(), stored.status(), stored.responsibleUnit(), stored.riskFactors(), stored.zone(),
        stored.scheduleId(), stored.householdHead(), stored.previousCase(), stored.monitoring(), stored.history(),
        stored.createdAt(), 1)));

    assertEquals(Set.of(), namesFound(CaseQuery.in(Samples.CHU_SE_TOWN).searching("nguyen thi hoa")));
    assertEquals(Set.of("Đặng Thị Hoà"), namesFound(CaseQuery.in(Samples.CHU_SE_TOWN).searching("dang thi hoa")));
  }

  @Test
  @DisplayName("Folding is idempotent and gives every spelling of a name one key (property)")
  void foldingProperty() {
    qt().withExamples(300).forAll(ModelGenerators.vietnameseNames(), respellings())
        .checkAssert((name, respell) -> {
          String key = Person.searchKey(name);
          assertEquals(key, Person.searchKey(key));
          assertEquals(key, Person.searchKey(respell.apply(name)));
        });
  }

  @Test
  @DisplayName("Any diacritic or tone-mark spelling of a stored name, or a prefix of it, finds the case, paged (property)")
  void anySpellingFinds() {
    qt().withExamples(60)
        .forAll(ModelGenerators.areas().flatMap(area -> ModelGenerators.cases(ModelGenerators.communesOf(area))),
            respellings(), SourceDSL.integers().between(1, 40), ModelGenerators.pageLimits())
        .checkAssert((c, respell, prefix, limit) -> {
          write(tx -> tx.cases().insert(c));
          String spelled = respell.apply(c.person().fullName());
          String typed = spelled.substring(0, Math.min(spelled.length(), prefix)).strip();
          if (Person.searchKey(typed).isEmpty()) {
            return;
          }
          CaseQuery query = CaseQuery.in(c.responsibleUnit()).searching(typed);
          List<IsolationCase> served = allPages(page -> read(tx -> tx.cases().list(query, page)), limit, 500);
          assertTrue(served.contains(c), () -> "typed '" + typed + "' for " + c.person().fullName());
          assertTrue(served.stream().allMatch(query::matches), () -> "typed '" + typed + "': " + served);
        });
  }

  /** Ways people type a name: marks dropped, upper case, tone marks moved to the word's end, đ typed d. */
  static Gen<java.util.function.UnaryOperator<String>> respellings() {
    List<java.util.function.UnaryOperator<String>> ways = List.of(
        s -> s,
        s -> Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{Mn}", ""),
        s -> s.toUpperCase(Locale.ROOT),
        Person::comparableName,
        s -> s.replace('đ', 'd').replace('Đ', 'D'),
        s -> "  " + s.replace(" ", "   ") + " ",
        s -> Normalizer.normalize(s, Normalizer.Form.NFD));
    return SourceDSL.lists().of(Generate.pick(ways)).ofSizeBetween(1, 3)
        .map(chosen -> s -> {
          String out = s;
          for (java.util.function.UnaryOperator<String> way : chosen) {
            out = way.apply(out);
          }
          return out;
        });
  }

  @Test
  @DisplayName("A search with filters serves exactly the cases CaseQuery.matches accepts, by case id (property)")
  void filteredSearchProperty() {
    qt().withExamples(40)
        .forAll(ScopedPagingContract.scenes(ModelGenerators::cases), Generate.pick(List.of("nguyen", "tran van",
            "ksor", "le", "ro mah", "0912345678")), ModelGenerators.subsets(CaseCategory.class),
            ModelGenerators.pageLimits())
        .checkAssert((scene, text, categories, limit) -> {
          write(tx -> scene.records().forEach(tx.cases()::insert));
          CaseQuery query = new CaseQuery(scene.scope(), Set.of(), categories, Optional.empty())
              .searching(text);
          List<IsolationCase> expected = scene.records().stream().filter(query::matches)
              .sorted(Comparator.comparing(IsolationCase::id)).toList();
          List<IsolationCase> served = allPages(page -> read(tx -> tx.cases().list(query, page)), limit,
              expected.size());
          assertEquals(expected, served);
        });
  }
}
