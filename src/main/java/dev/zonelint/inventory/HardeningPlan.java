package dev.zonelint.inventory;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;
import dev.zonelint.check.rules.mail.MailNames;
import dev.zonelint.zone.Node;
import dev.zonelint.zone.Zone;
import dev.zonelint.zone.ZoneRecord;
import java.util.ArrayList;
import java.util.List;
import org.xbill.DNS.Name;
import org.xbill.DNS.NameTooLongException;
import org.xbill.DNS.Type;

/**
 * The zone edits that harden every {@code missing} name that sends and receives no mail: a null MX
 * (RFC 7505), {@code v=spf1 -all} (RFC 7208) and a DMARC policy of reject (RFC 7489), as one
 * commented block appended to the zone file. Existing lines are never edited: where a record would
 * have to change (a weak SPF record, an own DMARC record without reject), the block says so in a
 * comment instead. Names are written absolute, so the block reads the same after any $ORIGIN.
 */
public final class HardeningPlan {
  private static final Name DMARC_LABEL = Name.fromConstantString("_dmarc");

  private HardeningPlan() {}

  /** One step of a name's hardening. */
  public sealed interface Step permits Heading, Add, Note {}

  /** The name the steps after it harden, with its kind. */
  public record Heading(Name name, String kind) implements Step {}

  /**
   * A record to add: for MX always a null MX (preference 0, exchange the root), for TXT {@code
   * value} is the string without quotes.
   *
   * @param setExists whether the owner already has records of this type, which providers that
   *     manage whole record sets must then extend instead of creating a new set
   */
  public record Add(Name owner, long ttl, int type, String value, boolean setExists)
      implements Step {}

  /** What would have to change in an existing record: the plan never edits one. */
  public record Note(String text) implements Step {}

  /**
   * The steps for {@code zone}, empty when nothing is to be done.
   *
   * @param rows the inventory rows (other zones' rows are ignored)
   * @param rua the {@code mailto:} URI for aggregate reports, or null for none
   */
  public static List<Step> steps(Zone zone, List<InventoryRow> rows, String rua) {
    List<Step> out = new ArrayList<>();
    String origin = zone.origin() == null ? "" : zone.origin().toString();
    boolean subdomainsNeedMonitoring = false;
    for (InventoryRow r : rows) {
      subdomainsNeedMonitoring |=
          r.zone().equals(origin)
              && !r.name().equals(zone.origin())
              && r.mail().sendsOrReceivesMail()
              && r.mail().dmarc() == MailPosture.Dmarc.MISSING;
    }
    for (InventoryRow r : rows) {
      if (r.zone().equals(origin)
          && r.hardening().status() == Status.MISSING
          && !r.mail().sendsOrReceivesMail()) {
        Node node = zone.find(r.name());
        steps(zone, r, node, dmarcText(rua, node.isApex() && subdomainsNeedMonitoring), out);
      }
    }
    return out;
  }

  /**
   * The lines to append for {@code zone}, empty when nothing is to be added.
   *
   * @param rows the inventory rows (other zones' rows are ignored)
   * @param rua the {@code mailto:} URI for aggregate reports, or null for none
   */
  public static List<String> block(Zone zone, List<InventoryRow> rows, String rua) {
    List<String> out = new ArrayList<>();
    for (Step step : steps(zone, rows, rua)) {
      if (step instanceof Heading h) {
        out.add("; " + h.name() + " (" + h.kind() + ")");
      } else if (step instanceof Add a) {
        String rdata = a.type() == Type.MX ? "0 ." : "\"" + a.value() + "\"";
        out.add(a.owner() + "\t" + a.ttl() + "\tIN\t" + Type.string(a.type()) + "\t" + rdata);
      } else if (step instanceof Note n) {
        out.add("; " + n.text());
      }
    }
    if (!out.isEmpty()) {
      out.add(0, "");
      out.add(
          1,
          "; zonelint inventory --plan: names that send and receive no mail refuse it"
              + " (RFC 7505, RFC 7208, RFC 7489)");
    }
    return out;
  }

  /**
   * The unified diff that appends the block to a zone file, or "" when there is nothing to add.
   *
   * @param lines the file's lines, without line ends
   * @param path the file's path as the diff headers name it
   */
  public static String diff(List<String> lines, String path, List<String> block) {
    if (block.isEmpty()) {
      return "";
    }
    List<String> revised = new ArrayList<>(lines);
    revised.addAll(block);
    Patch<String> patch = DiffUtils.diff(lines, revised);
    return String.join("\n", UnifiedDiffUtils.generateUnifiedDiff(path, path, lines, patch, 3))
        + "\n";
  }

  private static void steps(Zone zone, InventoryRow r, Node node, String dmarc, List<Step> out) {
    Name name = r.name();
    long ttl = node.records().get(0).ttl();
    out.add(new Heading(name, r.kind().label()));
    for (Hardening.Missing m : r.hardening().missing()) {
      switch (m) {
        case NULL_MX -> out.add(new Add(name, ttl, Type.MX, ".", node.has(Type.MX)));
        case SPF_FAIL_ALL -> {
          ZoneRecord spf = MailNames.spf(node);
          out.add(
              spf == null
                  ? new Add(name, ttl, Type.TXT, "v=spf1 -all", node.has(Type.TXT))
                  : new Note(
                      "replace the SPF record on line " + spf.line() + " by \"v=spf1 -all\""));
        }
        case DMARC_REJECT -> out.add(dmarcStep(zone, r, ttl, dmarc));
        default -> {
          // SPF and DMARC are for names that send mail: not planned.
        }
      }
    }
  }

  private static Step dmarcStep(Zone zone, InventoryRow r, long ttl, String dmarc) {
    if (r.name().isWild()) {
      return new Note("a wildcard has no _dmarc name: give the apex's DMARC record sp=reject");
    }
    boolean ownRecord =
        r.mail().dmarc() != MailPosture.Dmarc.MISSING && !r.mail().dmarcOrganisational();
    if (ownRecord) {
      return new Note(
          "set p=reject (and no pct= below 100) in the DMARC record at _dmarc." + r.name());
    }
    Name owner;
    try {
      owner = Name.concatenate(DMARC_LABEL, r.name());
    } catch (NameTooLongException e) {
      return new Note("_dmarc." + r.name() + " is longer than a name may be: use the apex's sp=");
    }
    Node existing = zone.find(owner);
    return new Add(owner, ttl, Type.TXT, dmarc, existing != null && existing.has(Type.TXT));
  }

  /**
   * The DMARC record to add. At the apex, {@code sp=none} keeps subdomains that send mail without a
   * DMARC record of their own from being rejected by the new policy.
   */
  private static String dmarcText(String rua, boolean monitorSubdomains) {
    return "v=DMARC1; p=reject;"
        + (monitorSubdomains ? " sp=none;" : "")
        + (rua == null ? "" : " rua=" + rua + ";");
  }
}
