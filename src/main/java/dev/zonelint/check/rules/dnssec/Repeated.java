package dev.zonelint.check.rules.dnssec;

import dev.zonelint.check.RuleContext;
import dev.zonelint.zone.ZoneRecord;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Findings that may repeat one fault at thousands of names (a signer that leaves RRSIG out of every
 * bitmap, a chain made with other parameters): up to {@link #LIMIT} are listed, then one more says
 * how many were left out.
 */
final class Repeated {
  static final int LIMIT = 10;

  private record Finding(ZoneRecord at, String message) {}

  private final Map<String, List<Finding>> byFault = new LinkedHashMap<>();

  /** Adds a finding; {@code fault} says what is wrong regardless of where. */
  void add(String fault, ZoneRecord at, String message) {
    byFault.computeIfAbsent(fault, f -> new ArrayList<>()).add(new Finding(at, message));
  }

  void report(RuleContext context, String what, String help) {
    for (List<Finding> findings : byFault.values()) {
      for (int i = 0; i < findings.size() && i <= LIMIT; i++) {
        Finding f = findings.get(i);
        String message = f.message();
        if (i == LIMIT) {
          message +=
              "; "
                  + (findings.size() - LIMIT - 1)
                  + " more "
                  + what
                  + " have the same fault and are not listed";
        }
        context.report(f.at(), message, help);
      }
    }
  }
}
