package dev.zonelint.check.rules.mail;

import dev.zonelint.mail.spf.SpfKnownIncludes;
import dev.zonelint.mail.spf.SpfParser;
import dev.zonelint.mail.spf.SpfRecord;
import dev.zonelint.zone.Node;
import dev.zonelint.zone.Once;
import dev.zonelint.zone.Zone;
import dev.zonelint.zone.ZoneRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.xbill.DNS.Name;
import org.xbill.DNS.Type;

/**
 * The SPF records of one zone, each parsed once, and the include graph over them. The zone-wide SPF
 * rules share one walk over the names, made by the first of them to ask; {@code spf-syntax} looks
 * at each name as the checker hands it over. Thread-safe: the checker runs slices of a large zone
 * and the zone-wide rules in parallel. Holds no reference to the zone (see {@link SpfMemo}).
 */
final class SpfZone {
  private final Map<ZoneRecord, SpfRecord> parsed = new ConcurrentHashMap<>();
  // A zone's SPF records repeat a few policies (a provider's include on every customer name), and a
  // parse is a pure function of the text: records of one text share it. Each parse held ~0.9 KB of
  // objects for the whole check, and the generated 5M-record zone's 94k SPF records have ~31k
  // texts.
  private final Map<String, SpfRecord> byText = new ConcurrentHashMap<>();
  private final SpfGraph graph;
  private final List<Spot> spots = new ArrayList<>();
  private final List<Node> spfTypeNodes = new ArrayList<>();
  private final Once<Boolean> walked = new Once<>();
  private volatile String originText;

  /** An SPF TXT record and its parse. */
  record Entry(ZoneRecord txt, SpfRecord spf) {}

  /** A name with SPF TXT records, in file order. */
  record Spot(Node node, List<Entry> entries) {}

  SpfZone(SpfKnownIncludes known) {
    this.graph = new SpfGraph(this, known);
  }

  SpfGraph graph() {
    return graph;
  }

  /** The zone's origin in lower case without the trailing dot; empty for the root. */
  String originText(Name origin) {
    if (originText == null) {
      String s = origin.toString().toLowerCase(Locale.ROOT);
      originText = s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
    return originText;
  }

  /** Called by {@code spf-syntax} for each name: the name's SPF TXT records, parsed once. */
  List<Entry> collect(Zone zone, Node node) {
    return scan(node);
  }

  /** The names with SPF TXT records, in canonical order. */
  List<Spot> spots(Zone zone) {
    walk(zone);
    return spots;
  }

  /** The names with records of the obsolete SPF type (99), in canonical order. */
  List<Node> spfTypeNodes(Zone zone) {
    walk(zone);
    return spfTypeNodes;
  }

  /** The walk over the zone's TXT and SPF names, made once by the first rule to ask. */
  private void walk(Zone zone) {
    walked.get(
        () -> {
          for (Node node : zone.nodesWith(Type.TXT, Type.SPF)) {
            List<Entry> entries = scan(node);
            if (!entries.isEmpty()) {
              spots.add(new Spot(node, entries));
            }
            if (node.has(Type.SPF)) {
              spfTypeNodes.add(node);
            }
          }
          return true;
        });
  }

  /** The first SPF TXT record of a name, or null. */
  ZoneRecord first(Node node) {
    if (!node.isEmptyNonTerminal()) {
      for (ZoneRecord r : node.records()) {
        if (looksLikeSpf(r)) {
          return r;
        }
      }
    }
    return null;
  }

  /** The SPF policies of a name: TXT records starting {@code v=spf1} (RFC 7208 §4.5). */
  private List<Entry> scan(Node node) {
    List<Entry> out = List.of();
    if (node.has(Type.TXT)) {
      List<ZoneRecord> records = node.records();
      for (int i = 0; i < records.size(); i++) {
        ZoneRecord r = records.get(i);
        if (looksLikeSpf(r)) {
          if (out.isEmpty()) {
            out = new ArrayList<>(1);
          }
          out.add(new Entry(r, parsed(r)));
        }
      }
    }
    return out;
  }

  /** The parse of an SPF TXT record, made once for each text. */
  SpfRecord parsed(ZoneRecord r) {
    return parsed.computeIfAbsent(r, k -> byText.computeIfAbsent(k.txt(), SpfParser::parse));
  }

  /**
   * Whether a record is a TXT whose joined text starts {@code v=spf1} followed by a space or the
   * end, read from the wire bytes so that the many other TXT records are never turned into strings.
   */
  private static boolean looksLikeSpf(ZoneRecord r) {
    if (r.type() != Type.TXT || r.isPseudo()) {
      return false;
    }
    // Not a copy of the RDATA: most TXT records are long DKIM keys and verification tokens.
    int length = r.rdataLength();
    int first = length == 0 ? 0 : r.rdataOctet(0);
    if (first < 7 && length > first + 1) {
      // The version is split across character-strings: join them the slow way.
      return SpfRecord.isSpf(r.txt());
    }
    String v = "v=spf1";
    for (int i = 0; i < 6; i++) {
      if (i + 1 >= length || Character.toLowerCase((char) r.rdataOctet(i + 1)) != v.charAt(i)) {
        return false;
      }
    }
    return first == 6 || r.rdataOctet(7) == ' ';
  }
}
