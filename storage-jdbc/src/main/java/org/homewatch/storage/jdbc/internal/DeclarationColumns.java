package org.homewatch.storage.jdbc.internal;

import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.homewatch.model.AssessedDeclaration;
import org.homewatch.model.Assessment;
import org.homewatch.model.Declaration;
import org.homewatch.model.PresenceCheck;
import org.homewatch.model.Symptom;
import org.homewatch.model.Vitals;
import org.jspecify.annotations.Nullable;

/**
 * The one mapping of a declaration with its assessment to the columns of {@code hw_declaration}, in the order of
 * {@link Columns#DECLARATION}: bound one row at a time by {@link #bind}, or as one array per column by
 * {@link #columns} for {@link Sql#DECLARATION_INSERT_ARRAYS} (where instants travel as ISO-8601 text that the
 * statement casts, which every driver version can send).
 */
final class DeclarationColumns {
  /** The JDBC array element type of each column. */
  static final List<String> TYPES = List.of("uuid", "uuid", "varchar", "varchar", "varchar", "varchar", "float8",
      "int4", "int4", "int4", "int4", "int4", "varchar", "varchar", "float8", "float8", "float8", "varchar", "varchar",
      "varchar", "varchar", "varchar", "varchar", "int4", "varchar");

  /** The SQL type of each column when its value is NULL in a single-row insert. */
  private static final int[] NULL_TYPES = {Types.OTHER, Types.OTHER, Types.TIMESTAMP_WITH_TIMEZONE,
      Types.TIMESTAMP_WITH_TIMEZONE, Types.VARCHAR, Types.VARCHAR, Types.DOUBLE, Types.INTEGER, Types.INTEGER,
      Types.INTEGER, Types.INTEGER, Types.INTEGER, Types.VARCHAR, Types.VARCHAR, Types.DOUBLE, Types.DOUBLE,
      Types.DOUBLE, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
      Types.INTEGER, Types.TIMESTAMP_WITH_TIMEZONE};

  private DeclarationColumns() {}

  /** Binds one row. */
  static void bind(Params p, AssessedDeclaration assessed) throws SQLException {
    @Nullable Object[] values = row(assessed);
    for (int column = 0; column < values.length; column++) {
      p.value(values[column], NULL_TYPES[column]);
    }
  }

  static Object[][] columns(List<AssessedDeclaration> batch) {
    Object[][] columns = new Object[TYPES.size()][batch.size()];
    for (int row = 0; row < batch.size(); row++) {
      @Nullable Object[] values = row(batch.get(row));
      for (int column = 0; column < values.length; column++) {
        Object value = values[column];
        columns[column][row] = value instanceof Instant instant ? instant.toString() : value;
      }
    }
    return columns;
  }

  private static @Nullable Object[] row(AssessedDeclaration assessed) {
    Declaration d = assessed.declaration();
    Assessment a = assessed.assessment();
    Vitals v = d.vitals();
    return new @Nullable Object[] {
        d.caseId().value(),
        d.id().value(),
        d.observedAt(),
        d.submittedAt(),
        d.submittedBy().kind().name(),
        d.submittedBy().account().value(),
        boxed(v.temperatureCelsius()),
        boxed(v.spo2Percent()),
        boxed(v.respiratoryRatePerMinute()),
        boxed(v.pulsePerMinute()),
        boxed(v.systolicMmHg()),
        boxed(v.diastolicMmHg()),
        new TreeSet<>(d.symptoms()).stream().map(Symptom::code).collect(Collectors.joining(",")),
        d.note().orElse(null),
        d.location().map(g -> (Object) g.latitude()).orElse(null),
        d.location().map(g -> (Object) g.longitude()).orElse(null),
        d.location().map(g -> boxed(g.accuracyMeters())).orElse(null),
        d.presence().map(c -> c.result().name()).orElse(null),
        d.presence().map(PresenceCheck::verifier).orElse(null),
        d.presence().flatMap(PresenceCheck::evidenceReference).orElse(null),
        a.severity().name(),
        Codec.findings(a.findings()),
        a.ruleSet().id(),
        a.ruleSet().version(),
        a.assessedAt()};
  }

  private static @Nullable Double boxed(OptionalDouble value) {
    return value.isPresent() ? value.getAsDouble() : null;
  }

  private static @Nullable Integer boxed(OptionalInt value) {
    return value.isPresent() ? value.getAsInt() : null;
  }
}
