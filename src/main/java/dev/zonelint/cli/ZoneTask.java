package dev.zonelint.cli;

import dev.zonelint.lint.FileReport;
import java.io.IOException;

/**
 * One zone to check, however it was found: a file, a staged git blob, a named.conf entry.
 *
 * @param name how errors about it name it
 */
record ZoneTask(String name, Check check) {
  /** Reads and checks the zone. */
  interface Check {
    FileReport run() throws IOException;
  }
}
