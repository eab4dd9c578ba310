package dev.zonelint.fix;

import dev.zonelint.parse.Token;
import dev.zonelint.zone.Node;
import dev.zonelint.zone.Zone;
import dev.zonelint.zone.ZoneRecord;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import org.xbill.DNS.Type;

/**
 * The SOA serial a rewritten zone needs so that secondaries pick up the change: {@code YYYYMMDDnn}
 * moves to today's date or counts up, any other serial counts up, both in RFC 1982 serial
 * arithmetic (wrapping at 2^32).
 */
public final class SoaSerial {
  private static final long MODULUS = 1L << 32;

  private SoaSerial() {}

  /** The serial after {@code serial} on {@code today}. */
  public static long next(long serial, LocalDate today) {
    if (isDateBased(serial)) {
      long todays =
          (today.getYear() * 10_000L + today.getMonthValue() * 100L + today.getDayOfMonth()) * 100;
      if (todays > serial && todays < MODULUS) {
        return todays;
      }
    }
    return (serial + 1) % MODULUS;
  }

  /** Whether the serial reads as a plausible date and a two-digit counter. */
  static boolean isDateBased(long serial) {
    if (serial < 1_970_010_100L || serial > 2_999_123_199L) {
      return false;
    }
    long date = serial / 100;
    try {
      LocalDate.of((int) (date / 10_000), (int) (date / 100 % 100), (int) (date % 100));
      return true;
    } catch (DateTimeException e) {
      return false;
    }
  }

  /** The edit that bumps the apex SOA's serial where it is written, or null if it cannot. */
  public static Edit bump(Zone zone, SourceFiles files, LocalDate today) throws IOException {
    Node apex = zone.apex();
    ZoneRecord soa = apex == null ? null : apex.first(Type.SOA);
    if (soa == null) {
      return null;
    }
    EntryText e = EntryText.of(soa, zone.files().get(soa.file()), files.bytes(soa.file()));
    Token serial = e == null ? null : e.rdata(2);
    if (serial == null || serial.quoted() || !serial.text().matches("[0-9]{1,10}")) {
      return null;
    }
    long value = Long.parseLong(serial.text());
    if (value >= MODULUS) {
      return null;
    }
    return Edits.replace(e, serial, Long.toString(next(value, today)));
  }
}
