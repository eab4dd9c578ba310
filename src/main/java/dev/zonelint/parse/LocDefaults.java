package dev.zonelint.parse;

import java.util.List;

/**
 * RFC 1876 §3 lets a LOC leave out the seconds, or the minutes and seconds, of its latitude and
 * longitude ({@code 40 N 105 W 1208m}): they are zero. dnsjava wants all three numbers, so the
 * zeros are written in before it reads the text.
 */
final class LocDefaults {
  private LocDefaults() {}

  /** Inserts the zeros left out before the hemisphere letters of a LOC's presentation tokens. */
  static void fill(List<String> tokens) {
    if (tokens.isEmpty() || tokens.get(0).equals("\\#")) {
      return;
    }
    int latitudeEnd = pad(tokens, 0, "N", "S");
    if (latitudeEnd >= 0) {
      pad(tokens, latitudeEnd + 1, "E", "W");
    }
  }

  /**
   * Pads the degrees from {@code from} to three numbers before the first hemisphere letter among
   * the next four tokens; returns the letter's new index, or -1 when there is none.
   */
  private static int pad(List<String> tokens, int from, String one, String other) {
    for (int i = from + 1; i <= from + 3 && i < tokens.size(); i++) {
      String t = tokens.get(i);
      if (t.equalsIgnoreCase(one) || t.equalsIgnoreCase(other)) {
        for (int missing = from + 3 - i; missing > 0; missing--) {
          tokens.add(i, "0");
        }
        return from + 3;
      }
    }
    return -1;
  }
}
