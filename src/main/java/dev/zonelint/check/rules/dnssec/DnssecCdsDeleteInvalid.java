package dev.zonelint.check.rules.dnssec;

import dev.zonelint.check.Category;
import dev.zonelint.check.NodeRule;
import dev.zonelint.check.RuleContext;
import dev.zonelint.check.RuleInfo;
import dev.zonelint.diag.Severity;
import dev.zonelint.zone.Node;
import dev.zonelint.zone.ZoneRecord;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.xbill.DNS.Type;

/**
 * RFC 8078 §4 spells the request to remove the parent's DS exactly: {@code CDS 0 0 0 00} and {@code
 * CDNSKEY 0 3 0 AA==}. A CDS or CDNSKEY of algorithm 0 in any other shape, a delete record beside
 * records naming keys, or a delete CDS beside a CDNSKEY naming keys (and the reverse) is a request
 * parents refuse or misread: an error.
 */
public final class DnssecCdsDeleteInvalid implements NodeRule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "dnssec-cds-delete-invalid",
          "A CDS/CDNSKEY delete request must have the exact RFC 8078 form and stand alone",
          Severity.ERROR,
          Category.DNSSEC,
          "RFC 8078 §4",
          "RFC 7344 §4");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  private static final byte[] CDS_DELETE = {0, 0, 0, 0, 0};
  private static final byte[] CDNSKEY_DELETE = {0, 0, 3, 0, 0};
  private static final String HELP =
      "to ask the parent to remove the DS, publish exactly 'CDS 0 0 0 00' and 'CDNSKEY 0 3 0 AA=='"
          + " and nothing else in those RRsets";

  @Override
  public Set<Integer> triggerTypes() {
    return Set.of(Type.CDS, Type.CDNSKEY);
  }

  @Override
  public void check(Node node, RuleContext context) {
    if (!node.isApex()) {
      return;
    }
    List<ZoneRecord> cds = node.records(Type.CDS);
    List<ZoneRecord> cdnskey = node.records(Type.CDNSKEY);
    boolean cdsDeletes = check(cds, 2, CDS_DELETE, context);
    boolean cdnskeyDeletes = check(cdnskey, 3, CDNSKEY_DELETE, context);
    if (cdsDeletes != cdnskeyDeletes && !cds.isEmpty() && !cdnskey.isEmpty()) {
      ZoneRecord delete = cdsDeletes ? cds.get(0) : cdnskey.get(0);
      context.report(
          delete,
          "this "
              + delete.typeName()
              + " asks the parent to delete the DS while the "
              + (cdsDeletes ? "CDNSKEY" : "CDS")
              + " RRset names keys: parents refuse such contradicting requests",
          HELP);
    }
  }

  /**
   * Reports malformed delete records and delete records that do not stand alone; true when the
   * RRset is a delete request.
   */
  private static boolean check(
      List<ZoneRecord> rrset, int algorithmOffset, byte[] exact, RuleContext context) {
    boolean deletes = false;
    for (ZoneRecord r : rrset) {
      byte[] rdata = r.rdata();
      if (rdata.length <= algorithmOffset || rdata[algorithmOffset] != 0) {
        continue;
      }
      deletes = true;
      if (!Arrays.equals(rdata, exact)) {
        context.report(
            r,
            "this "
                + r.typeName()
                + " has algorithm 0, the delete request, but not its exact form '"
                + (r.type() == Type.CDS ? "CDS 0 0 0 00" : "CDNSKEY 0 3 0 AA==")
                + "', so parents ignore it",
            HELP);
      } else if (rrset.size() > 1) {
        context.report(
            r,
            "this delete "
                + r.typeName()
                + " shares its RRset with records naming keys, and a delete request must stand"
                + " alone: parents ignore the RRset",
            HELP);
      }
    }
    return deletes;
  }
}
