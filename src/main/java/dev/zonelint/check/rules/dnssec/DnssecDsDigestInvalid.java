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
import java.util.Set;
import org.xbill.DNS.Type;

/**
 * A DS or CDS whose digest type is reserved (0) or unassigned, or whose digest has the wrong length
 * for its type (SHA-1 20 octets, SHA-256 and GOST 32, SHA-384 48): validators skip such a DS (RFC
 * 4035 §5.2), and when it is the only one the child is treated as unsigned, or fails when other DS
 * records are bad too. Usually a digest pasted with the wrong type or cut short. The CDS delete
 * form is {@code dnssec-cds-delete-invalid}'s.
 */
public final class DnssecDsDigestInvalid implements NodeRule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "dnssec-ds-digest-invalid",
          "A DS or CDS needs an assigned digest type and a digest of that type's length",
          Severity.ERROR,
          Category.DNSSEC,
          "RFC 4034 §5.1.3",
          "RFC 4509 §2.2",
          "RFC 6605 §2",
          "RFC 8624 §3.3");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  private static final String HELP =
      "regenerate the record from the key (dnssec-dsfromkey -2, ldns-key2ds -2) or copy it again"
          + " from the child's operator";

  @Override
  public Set<Integer> triggerTypes() {
    return Set.of(Type.DS, Type.CDS);
  }

  @Override
  public void check(Node node, RuleContext context) {
    if (!node.has(Type.DS) && !node.has(Type.CDS)) {
      return;
    }
    for (ZoneRecord r : node.records()) {
      if (r.isPseudo() || (r.type() != Type.DS && r.type() != Type.CDS)) {
        continue;
      }
      DsFields f = DsFields.of(r);
      if (f == null || (r.type() == Type.CDS && f.algorithm() == 0)) {
        continue;
      }
      DsDigest type = DsDigest.of(f.digestType());
      if (type == null) {
        context.report(
            r,
            "this "
                + r.typeName()
                + " has digest type "
                + f.digestType()
                + ", which is "
                + (f.digestType() == 0 ? "reserved" : "unassigned")
                + ": validators skip it, so it does not secure the delegation",
            HELP);
      } else if (f.digest().length != type.length()) {
        context.report(
            r,
            "this "
                + r.typeName()
                + " has a "
                + f.digest().length
                + "-octet digest, but a "
                + type.label()
                + " digest (type "
                + type.number()
                + ") has "
                + type.length()
                + ": no key can match it",
            HELP);
      }
    }
  }
}
