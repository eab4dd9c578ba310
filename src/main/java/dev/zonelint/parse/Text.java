package dev.zonelint.parse;

import java.nio.charset.StandardCharsets;

/** Token text helpers: tokens carry raw bytes as ISO-8859-1 characters. */
public final class Text {
  private static final int MAX_SHOWN = 80;

  private Text() {}

  /**
   * The token as a user should see it in a message: decoded as UTF-8, control bytes escaped as
   * {@code \DDD}, and cut to a readable length.
   */
  public static String display(String raw) {
    String decoded = new String(raw.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
    StringBuilder out = new StringBuilder();
    int i = 0;
    for (; i < decoded.length() && out.length() < MAX_SHOWN; i++) {
      char c = decoded.charAt(i);
      if (c < 0x20 || c == 0x7F) {
        out.append('\\').append(String.format("%03d", (int) c));
      } else {
        out.append(c);
      }
    }
    if (i < decoded.length()) {
      out.append('…');
    }
    return out.toString();
  }
}
