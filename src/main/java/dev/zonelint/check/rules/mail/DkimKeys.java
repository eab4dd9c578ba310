package dev.zonelint.check.rules.mail;

import dev.zonelint.mail.dkim.DkimKeyRecord;
import dev.zonelint.zone.Node;
import dev.zonelint.zone.ZoneRecord;
import java.lang.ref.WeakReference;
import org.xbill.DNS.Type;

/**
 * The DKIM key records the DKIM rules look at, each parsed once for all of them: the checker hands
 * one node to every rule in turn, so the next rule asks for the record the first one just parsed.
 * One entry per thread, held weakly; decoding a key is the costly part of the mail rules.
 */
final class DkimKeys {
  private static final ThreadLocal<Entry> LAST = new ThreadLocal<>();

  private record Entry(WeakReference<ZoneRecord> record, DkimKeyRecord parsed) {}

  private DkimKeys() {}

  /** What a DKIM rule does with one key record. */
  interface KeyCheck {
    void check(ZoneRecord txt, DkimKeyRecord key, String selector);
  }

  /**
   * Runs {@code check} on every TXT at a served selector name ({@code
   * <selector>._domainkey.<domain>}) that is meant as a DKIM key.
   */
  static void forEachKey(Node node, KeyCheck check) {
    if (!MailNames.hasTxt(node) || !MailNames.isDkimName(node.name()) || !node.isServed()) {
      return;
    }
    for (ZoneRecord r : node.records(Type.TXT)) {
      if (DkimKeyRecord.looksLikeKey(r.txt())) {
        check.check(r, parse(r), MailNames.selector(node.name()));
      }
    }
  }

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
