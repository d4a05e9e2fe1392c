package org.homewatch;

/** The thing asked for does not exist (or, for callers outside its jurisdiction, is not theirs to see). */
public class NotFoundException extends HomewatchException {
  private static final long serialVersionUID = 1L;
  /** What was looked for, e.g. {@code "case"}. */
  private final String kind;
  /** The id asked for, as text. */
  private final String id;

  /**
   * Says that no {@code kind} with {@code id} exists (or is visible to the caller).
   *
   * @param kind what was looked for, e.g. {@code "case"} or {@code "alert"}
   * @param id the id asked for; its {@code toString()} goes into the message, so pass ids, never personal data
   */
  public NotFoundException(String kind, Object id) {
    super(kind + " " + id + " was not found");
    this.kind = kind;
    this.id = String.valueOf(id);
  }

  /**
   * What was looked for, e.g. {@code "case"}, {@code "alert"}.
   *
   * @return the kind of thing that was not found
   */
  public String kind() {
    return kind;
  }

  /**
   * The id that was asked for, as text.
   *
   * @return the id's text, as given to the constructor
   */
  public String id() {
    return id;
  }
}
