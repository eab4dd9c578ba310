package dev.zonelint.parse;

/** BIND-style TTL values: plain seconds or unit groups such as {@code 1w2d}, {@code 1h30m}. */
public final class Ttl {
  /** The largest TTL a record can carry (RFC 2181 §8: unsigned 32 bits). */
  public static final long MAX = 0xFFFFFFFFL;

  private Ttl() {}

  /** Whether the token can only be meant as a TTL (it starts with a digit). */
  public static boolean looksLikeTtl(String text) {
    return !text.isEmpty() && text.charAt(0) >= '0' && text.charAt(0) <= '9';
  }

  /**
   * Parses a TTL.
   *
   * @return the value in seconds, or -1 if the text is not a TTL, or -2 if it is above {@link #MAX}
   */
  public static long parse(String text) {
    long total = 0;
    long number = -1;
    boolean sawUnit = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        number = (number < 0 ? 0 : number) * 10 + (c - '0');
        if (number > MAX) {
          return -2;
        }
        continue;
      }
      long unit = unitSeconds(c);
      if (unit < 0 || number < 0) {
        return -1;
      }
      total += number * unit;
      number = -1;
      sawUnit = true;
      if (total > MAX) {
        return -2;
      }
    }
    if (number >= 0) {
      // A trailing bare number after units ("1h30") counts as seconds, as BIND reads it.
      total += number;
    } else if (!sawUnit) {
      return -1;
    }
    return total > MAX ? -2 : total;
  }

  private static long unitSeconds(char c) {
    switch (Character.toLowerCase(c)) {
      case 's':
        return 1;
      case 'm':
        return 60;
      case 'h':
        return 3600;
      case 'd':
        return 86400;
      case 'w':
        return 604800;
      default:
        return -1;
    }
  }
}
