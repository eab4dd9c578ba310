package dev.zonelint.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.TXTRecord;
import org.xbill.DNS.Type;

/**
 * Generates random zones as (records, text) pairs: the records as dnsjava built them, and a
 * master-file rendering with varied layout (relative and absolute owners, blank owners, TTL and
 * class in either order, parentheses, comments, CRLF) that must parse back to the same records.
 */
final class ZoneTextGenerator {
  static final Name ORIGIN = Name.fromConstantString("example.com.");

  /** A generated zone. */
  record Generated(List<Record> records, String text) {}

  private ZoneTextGenerator() {}

  static Generated generate(long seed) {
    Random rnd = new Random(seed);
    List<Record> records = new ArrayList<>();
    StringBuilder text = new StringBuilder("$ORIGIN example.com.\n$TTL 300\n");
    String newline = rnd.nextInt(5) == 0 ? "\r\n" : "\n";
    Name previous = null;
    int count = 1 + rnd.nextInt(30);
    for (int i = 0; i < count; i++) {
      Name owner = rnd.nextInt(4) == 0 && previous != null ? previous : randomName(rnd);
      long ttl = rnd.nextInt(3) == 0 ? 300 : rnd.nextInt(86400);
      Record r = randomRecord(rnd, owner, ttl);
      records.add(r);
      String ownerText;
      if (owner.equals(previous) && rnd.nextBoolean()) {
        ownerText = "\t";
      } else if (owner.equals(ORIGIN)) {
        ownerText = "@ ";
      } else if (rnd.nextBoolean()) {
        ownerText = owner.relativize(ORIGIN) + " ";
      } else {
        ownerText = owner + " ";
      }
      String ttlText = ttl == 300 && rnd.nextBoolean() ? "" : ttl + " ";
      String classText = rnd.nextBoolean() ? "IN " : "";
      String fields = rnd.nextBoolean() ? ttlText + classText : classText + ttlText;
      String rdata = r.rdataToString();
      // Break the RDATA over lines, at a space that is not inside a quoted string.
      if (rnd.nextInt(4) == 0 && r.getType() != Type.TXT && r.getType() != Type.CAA) {
        rdata = "( " + rdata.replaceFirst(" ", newline + "   ") + " )";
      }
      text.append(ownerText)
          .append(fields)
          .append(Type.string(r.getType()))
          .append(' ')
          .append(rdata);
      if (rnd.nextInt(5) == 0) {
        text.append(" ; comment (with \"quotes\")");
      }
      text.append(newline);
      previous = owner;
    }
    return new Generated(records, text.toString());
  }

  private static Name randomName(Random rnd) {
    int labels = rnd.nextInt(3);
    StringBuilder name = new StringBuilder();
    for (int i = 0; i < labels; i++) {
      name.append(rnd.nextInt(6) == 0 ? "_sub" : "h" + rnd.nextInt(50)).append('.');
    }
    return Name.fromConstantString(name + "example.com.");
  }

  private static Record randomRecord(Random rnd, Name owner, long ttl) {
    try {
      switch (rnd.nextInt(6)) {
        case 0:
          return Record.fromString(owner, Type.A, 1, ttl, "192.0.2." + rnd.nextInt(256), ORIGIN);
        case 1:
          return Record.fromString(
              owner,
              Type.AAAA,
              1,
              ttl,
              "2001:db8::" + Integer.toHexString(rnd.nextInt(65536)),
              ORIGIN);
        case 2:
          return Record.fromString(
              owner, Type.MX, 1, ttl, rnd.nextInt(100) + " mx" + rnd.nextInt(9), ORIGIN);
        case 3:
          return Record.fromString(
              owner, Type.SRV, 1, ttl, "0 5 5060 sip" + rnd.nextInt(9) + ".example.net.", ORIGIN);
        case 4:
          return new TXTRecord(owner, 1, ttl, List.of(randomString(rnd), randomString(rnd)));
        default:
          return Record.fromString(
              owner, Type.CAA, 1, ttl, "0 issue \"ca" + rnd.nextInt(9) + ".example\"", ORIGIN);
      }
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Strings with the characters a master file must escape or quote. */
  private static String randomString(Random rnd) {
    String alphabet = "abc xyz\"\\;()$@\t=.é";
    StringBuilder s = new StringBuilder();
    int length = rnd.nextInt(40);
    for (int i = 0; i < length; i++) {
      s.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
    }
    return s.toString();
  }
}
