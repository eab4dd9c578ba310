package dev.zonelint.check.rules.dnssec;

import dev.zonelint.check.Category;
import dev.zonelint.check.NodeRule;
import dev.zonelint.check.RuleContext;
import dev.zonelint.check.RuleInfo;
import dev.zonelint.diag.Severity;
import dev.zonelint.dnssec.DsDigest;
import dev.zonelint.dnssec.DsFields;
import dev.zonelint.zone.Node;
import dev.zonelint.zone.ZoneRecord;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.xbill.DNS.Type;

/**
 * RFC 8624 §3.3: DS records MUST NOT be made with SHA-1 (type 1) or GOST R 34.11-94 (type 3). A key
 * described only by such digests is a warning, once per key at its first DS or CDS: validators with
 * SHA-1 disabled treat the child as unsigned. A SHA-1 DS beside a SHA-256 one for the same key is a
 * harmless leftover and not reported.
 */
public final class DnssecDsDigestDeprecated implements NodeRule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "dnssec-ds-digest-deprecated",
          "A key's DS or CDS records should include a SHA-256 or SHA-384 digest",
          Severity.WARNING,
          Category.DNSSEC,
          "RFC 8624 §3.3",
          "RFC 4509 §3");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public Set<Integer> triggerTypes() {
    return Set.of(Type.DS, Type.CDS);
  }

  @Override
  public void check(Node node, RuleContext context) {
    if (!node.has(Type.DS) && !node.has(Type.CDS)) {
      return;
    }
    // Per record type and key: the first record, or null once a current digest is seen.
    Map<List<Integer>, ZoneRecord> onlyDeprecated = new LinkedHashMap<>();
    for (ZoneRecord r : node.records()) {
      if (r.isPseudo() || (r.type() != Type.DS && r.type() != Type.CDS)) {
        continue;
      }
      DsFields f = DsFields.of(r);
      DsDigest type = f == null ? null : DsDigest.of(f.digestType());
      if (type == null) {
        continue;
      }
      List<Integer> key = List.of(r.type(), f.keyTag(), f.algorithm());
      if (!type.deprecated()) {
        onlyDeprecated.put(key, null);
      } else if (!onlyDeprecated.containsKey(key)) {
        onlyDeprecated.put(key, r);
      }
    }
    for (ZoneRecord r : onlyDeprecated.values()) {
      if (r != null) {
        DsFields f = DsFields.of(r);
        context.report(
            r,
            "key "
                + f.keyTag()
                + " has only "
                + DsDigest.of(f.digestType()).label()
                + " "
                + r.typeName()
                + " digests, which RFC 8624 says MUST NOT be used: validators that no longer"
                + " support the digest treat the child as unsigned",
            "add a SHA-256 (type 2) "
                + r.typeName()
                + " for the key (dnssec-dsfromkey -2, ldns-key2ds -2), then remove this one");
      }
    }
  }
}
