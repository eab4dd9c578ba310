package dev.zonelint.mail.spf;

/** Strict address parsing for ip4/ip6 networks: no DNS, no lenient forms such as 010.1.1.1. */
final class IpLiterals {
  private IpLiterals() {}

  /** The four bytes of a dotted quad written as RFC 7208's {@code ip4-network}, or null. */
  static byte[] ip4(String s) {
    byte[] out = new byte[4];
    int part = 0;
    int i = 0;
    int n = s.length();
    while (part < 4) {
      int start = i;
      int value = 0;
      while (i < n && i - start < 4 && isDigit(s.charAt(i))) {
        value = value * 10 + (s.charAt(i) - '0');
        i++;
      }
      int len = i - start;
      // qnum: 1 to 3 digits, no leading zero, at most 255.
      if (len == 0 || len > 3 || (len > 1 && s.charAt(start) == '0') || value > 255) {
        return null;
      }
      out[part++] = (byte) value;
      if (part < 4) {
        if (i >= n || s.charAt(i) != '.') {
          return null;
        }
        i++;
      }
    }
    return i == n ? out : null;
  }

  /** The sixteen bytes of an IPv6 address in RFC 4291 §2.2 text form, or null. */
  static byte[] ip6(String s) {
    int gap = s.indexOf("::");
    if (s.isEmpty() || (gap >= 0 && s.indexOf("::", gap + 1) >= 0)) {
      return null;
    }
    int[] head = groups(gap < 0 ? s : s.substring(0, gap), gap < 0);
    int[] tail = gap < 0 ? new int[0] : groups(s.substring(gap + 2), true);
    if (head == null || tail == null) {
      return null;
    }
    int total = head.length + tail.length;
    if (gap < 0 ? total != 8 : total > 7) {
      return null;
    }
    byte[] out = new byte[16];
    for (int k = 0; k < head.length; k++) {
      out[2 * k] = (byte) (head[k] >> 8);
      out[2 * k + 1] = (byte) head[k];
    }
    for (int k = 0; k < tail.length; k++) {
      int at = 8 - tail.length + k;
      out[2 * at] = (byte) (tail[k] >> 8);
      out[2 * at + 1] = (byte) tail[k];
    }
    return out;
  }

  /** 16-bit groups separated by colons; the last may be a dotted quad (two groups). */
  private static int[] groups(String s, boolean quadAllowed) {
    if (s.isEmpty()) {
      return new int[0];
    }
    String[] parts = s.split(":", -1);
    int[] out = new int[parts.length + 1];
    int count = 0;
    for (int k = 0; k < parts.length; k++) {
      String p = parts[k];
      if (k == parts.length - 1 && quadAllowed && p.indexOf('.') >= 0) {
        byte[] quad = ip4(p);
        if (quad == null) {
          return null;
        }
        out[count++] = ((quad[0] & 0xFF) << 8) | (quad[1] & 0xFF);
        out[count++] = ((quad[2] & 0xFF) << 8) | (quad[3] & 0xFF);
        continue;
      }
      if (p.isEmpty() || p.length() > 4) {
        return null;
      }
      int value = 0;
      for (int i = 0; i < p.length(); i++) {
        int digit = Character.digit(p.charAt(i), 16);
        if (digit < 0 || p.charAt(i) > 'f') {
          return null;
        }
        value = value * 16 + digit;
      }
      out[count++] = value;
    }
    return java.util.Arrays.copyOf(out, count);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
