package dev.zonelint.check.rules.mail;

import dev.zonelint.mail.dkim.DkimKeyRecord;
import dev.zonelint.zone.ZoneRecord;
import java.lang.ref.WeakReference;

/**
 * Parses each DKIM key record once for both {@code dkim-syntax} and {@code dkim-weak-key}: the
 * checker hands one node to every rule in turn, so the second rule asks for the record the first
 * one just parsed. One entry per thread, held weakly; decoding a key is the costly part of the mail
 * rules.
 */
final class DkimKeys {
  private static final ThreadLocal<Entry> LAST = new ThreadLocal<>();

  private record Entry(WeakReference<ZoneRecord> record, DkimKeyRecord parsed) {}

  private DkimKeys() {}

  static DkimKeyRecord parse(ZoneRecord r) {
    Entry last = LAST.get();
    if (last != null && last.record().get() == r) {
      return last.parsed();
    }
    DkimKeyRecord parsed = DkimKeyRecord.parse(r.txt());
    LAST.set(new Entry(new WeakReference<>(r), parsed));
    return parsed;
  }
}
