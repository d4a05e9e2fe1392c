package org.homewatch.core.internal;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.homewatch.ValidationException;

/**
 * Runs the Jakarta Validation constraints declared on input records (the same ones a portal form can check) and
 * turns violations into one {@link ValidationException}. The records' own constructors already reject values no
 * person can have; these are the limits on what a form may send (sizes, counts).
 *
 * <p>Uses the parameter interpolator so that no Expression Language implementation is needed at run time.
 */
public final class InputValidation implements AutoCloseable {
  /**
   * Hibernate Validator announces its version at INFO on first use, through JBoss Logging, which writes to
   * java.util.logging (so to stderr) unless the application uses Logback or JBoss LogManager. A portal's normal
   * start should print nothing of ours: unless the application set a level for that one logger, it is raised to
   * WARNING. Held here so that java.util.logging does not forget the level (it keeps loggers weakly).
   */
  private static final java.util.logging.Logger VERSION_LINE = quietVersionLine();

  private static java.util.logging.Logger quietVersionLine() {
    java.util.logging.Logger logger = java.util.logging.Logger.getLogger("org.hibernate.validator.internal.util.Version");
    if (logger.getLevel() == null) {
      logger.setLevel(java.util.logging.Level.WARNING);
    }
    return logger;
  }

  private final ValidatorFactory factory = Validation.byProvider(HibernateValidator.class)
      .configure()
      .messageInterpolator(new ParameterMessageInterpolator())
      .buildValidatorFactory();
  private final Validator validator = factory.getValidator();

  /** Like {@link #check(Object)}; a missing input is refused naming {@code parameter}. */
  public <T> T check(@org.jspecify.annotations.Nullable T input, String parameter) {
    return check(Arguments.required(input, parameter));
  }

  public <T> T check(T input) {
    Set<ConstraintViolation<T>> violations = validator.validate(input);
    if (!violations.isEmpty()) {
      List<ValidationException.Violation> list = violations.stream()
          .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
          .map(v -> new ValidationException.Violation(v.getPropertyPath().toString(),
              "homewatch.validation.constraint", v.getPropertyPath() + " " + v.getMessage()))
          .toList();
      throw new ValidationException(list);
    }
    return input;
  }

  @Override
  public void close() {
    factory.close();
  }
}
