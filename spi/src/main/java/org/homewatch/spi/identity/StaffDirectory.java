package org.homewatch.spi.identity;

import java.time.Instant;
import java.util.List;
import org.homewatch.model.JurisdictionPath;

/**
 * Who answers for a unit at a given moment: the health station's staff on duty for a commune, the steering
 * committee's for a district or province. Called inside the transaction that opens or escalates an alert, to
 * write the notifications; so it must be quick and must not call back into Homewatch. Thread-safe.
 */
public interface StaffDirectory {
  /**
   * @return the staff to notify for {@code unit} at {@code at}; empty if nobody is on duty there (core then
   *     escalates to the unit above at once, so that an alert never waits for nobody)
   * @param unit the commune, district or province whose staff are wanted
   * @param at the moment of the notification, so that shift rosters can be honoured
   */
  List<OnDutyStaff> onDuty(JurisdictionPath unit, Instant at);
}
