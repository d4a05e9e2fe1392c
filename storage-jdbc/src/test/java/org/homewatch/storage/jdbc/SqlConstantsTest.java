package org.homewatch.storage.jdbc;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.homewatch.storage.jdbc.internal.Db;
import org.homewatch.storage.jdbc.internal.Dialect;
import org.homewatch.storage.jdbc.internal.Sql;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Proves that no SQL is built from values: SQL text exists only as constants of {@link Sql}, which computes
 * nothing, and only {@link Db} turns it into statements, taking a {@code Sql} constant and never a string.
 */
@DisplayName("SQL comes only from constants, with every value bound")
class SqlConstantsTest {
  private static final JavaClasses PRODUCTION = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
      // The Java migrations run fixed DDL once, on Flyway's connection, with no value from outside.
      .withImportOption(location -> !location.contains("/org/homewatch/storage/jdbc/migration/"))
      .importPackages("org.homewatch.storage.jdbc");

  private static final Set<String> CONNECTION_SQL_METHODS =
      Set.of("prepareStatement", "prepareCall", "createStatement", "nativeSQL");

  private static final Set<String> STATEMENT_TEXT_METHODS =
      Set.of("execute", "executeQuery", "executeUpdate", "executeLargeUpdate", "addBatch");

  private static final DescribedPredicate<JavaMethodCall> PREPARES_SQL =
      new DescribedPredicate<>("prepare a statement from SQL text") {
        @Override
        public boolean test(JavaMethodCall call) {
          return call.getTarget().getOwner().isAssignableTo(Connection.class)
              && CONNECTION_SQL_METHODS.contains(call.getTarget().getName());
        }
      };

  private static final DescribedPredicate<JavaMethodCall> RUNS_SQL_TEXT =
      new DescribedPredicate<>("run SQL text given as a String on a Statement") {
        @Override
        public boolean test(JavaMethodCall call) {
          return call.getTarget().getOwner().isAssignableTo(Statement.class)
              && STATEMENT_TEXT_METHODS.contains(call.getTarget().getName())
              && call.getTarget().getRawParameterTypes().stream().anyMatch(t -> t.isEquivalentTo(String.class));
        }
      };

  @Test
  @DisplayName("only Db prepares statements")
  void onlyDbPrepares() {
    noClasses().that().doNotHaveFullyQualifiedName(Db.class.getName()).should().callMethodWhere(PREPARES_SQL)
        .check(PRODUCTION);
  }

  @Test
  @DisplayName("no code runs SQL text through Statement.execute(String) and friends")
  void noStatementText() {
    noClasses().should().callMethodWhere(RUNS_SQL_TEXT).check(PRODUCTION);
  }

  @Test
  @DisplayName("Db takes Sql constants, never strings, so a caller cannot hand it text built from values")
  void dbTakesNoStrings() {
    List<String> offenders = new ArrayList<>();
    for (Method m : Db.class.getDeclaredMethods()) {
      if (Arrays.stream(m.getParameterTypes()).anyMatch(CharSequence.class::isAssignableFrom)) {
        offenders.add(m.toString());
      }
    }
    assertEquals(List.of(), offenders);
    assertTrue(Arrays.stream(Db.class.getDeclaredMethods())
        .filter(m -> m.getName().equals("prepare"))
        .allMatch(m -> Modifier.isPrivate(m.getModifiers()) && m.getParameterTypes()[0] == Sql.class));
  }

  @Test
  @DisplayName("the Sql constants compute nothing: they touch no class but their own, Enum and Dialect")
  void sqlIsConstant() {
    // javac folds "a" + Columns.X + "b" into one constant when every part is a constant; anything else (a method
    // call, a non-constant field) would show up here as an access to another class.
    classes().that().haveFullyQualifiedName(Sql.class.getName())
        .or().haveFullyQualifiedName("org.homewatch.storage.jdbc.internal.Columns")
        .should().onlyAccessClassesThat().haveNameMatching("(\\[L)?org\\.homewatch\\.storage\\.jdbc\\.internal\\."
            + "(Sql|Columns|Dialect)(;|\\[\\])?|java\\.lang\\.(Enum|Object)")
        .check(PRODUCTION);
  }

  @Test
  @DisplayName("the only literals inside the SQL are fixed status names")
  void onlyFixedLiterals() {
    Set<String> literals = new TreeSet<>();
    Pattern quoted = Pattern.compile("'([^']*)'");
    for (Sql sql : Sql.values()) {
      for (Dialect dialect : Dialect.values()) {
        Matcher m = quoted.matcher(sql.text(dialect));
        while (m.find()) {
          literals.add(m.group(1));
        }
      }
    }
    assertEquals(new TreeSet<>(Set.of("ACKNOWLEDGED", "OPEN", "PENDING", "RESOLVED")), literals);
  }
}
