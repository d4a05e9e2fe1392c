package org.homewatch.core.citizens;

import org.homewatch.HomewatchException;

/**
 * A one-time code was not accepted, or no code may be sent now. Nothing changed but the code's attempt count (and the
 * audit trail, which records every request and attempt without the code). The message is safe to show the person: it
 * names no case and no other phone.
 */
public class LinkingRefusedException extends HomewatchException {
  private static final long serialVersionUID = 1L;

  /** Why. */
  public enum Reason {
    /** The code given is not the one sent to this phone for this login (or no code was sent to it). */
    WRONG_CODE,
    /** The code's time ran out: ask for a new one. */
    EXPIRED,
    /** The code linked a login already; a code works once. */
    ALREADY_USED,
    /** Too many codes were tried against this one: ask for a new one. */
    TOO_MANY_ATTEMPTS,
    /** This phone was sent as many codes as the policy allows in an hour: wait. */
    TOO_MANY_REQUESTS
  }

  /** Why the code was refused (part of the serialized form). */
  private final Reason reason;

  /**
   * A refusal.
   *
   * @param reason why
   * @param message what to tell the person
   */
  public LinkingRefusedException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  /**
   * Why the code was refused.
   *
   * @return the reason
   */
  public Reason reason() {
    return reason;
  }
}
