package dev.zonelint.check;

import dev.zonelint.zone.Zone;

/**
 * A rule that compares a zone with its previous version (e.g. the one committed in git), for facts
 * no single file shows, such as a serial that did not move. {@link Checker#checkChange} runs it.
 */
public interface VersionRule extends Rule {
  /** Reports on {@code current}, the context's zone; {@code previous} is only read. */
  void check(Zone previous, Zone current, RuleContext context);
}
