package org.homewatch;

/** The thing asked for does not exist (or, for callers outside its jurisdiction, is not theirs to see). */
public class NotFoundException extends HomewatchException {
  private static final long serialVersionUID = 1L;
  private final String kind;
  private final String id;

  public NotFoundException(String kind, Object id) {
    super(kind + " " + id + " was not found");
    this.kind = kind;
    this.id = String.valueOf(id);
  }

  /** What was looked for, e.g. {@code "case"}, {@code "alert"}. */
  public String kind() {
    return kind;
  }

  public String id() {
    return id;
  }
}
