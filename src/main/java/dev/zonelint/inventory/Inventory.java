package dev.zonelint.inventory;

import dev.zonelint.check.rules.mail.MailNames;
import dev.zonelint.inventory.TargetCategories.Category;
import dev.zonelint.provider.Provider;
import dev.zonelint.zone.Node;
import dev.zonelint.zone.Zone;
import dev.zonelint.zone.ZoneRecord;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.xbill.DNS.Name;
import org.xbill.DNS.Type;

/**
 * The inventory of a set of zones: one row per owner name with address, alias or mail data, where
 * it points and how far it is hardened against mail sent in its name. Names with an underscore
 * label ({@code _dmarc}, {@code selector._domainkey}, {@code _acme-challenge}) are attributes of a
 * host, not hosts: they show up in their host's mail posture instead.
 */
public final class Inventory {
  private final List<InventoryRow> rows;

  /**
   * Counts per status and per target category.
   *
   * @param byStatus every status, in declaration order, zero counts included
   * @param byCategory the categories that occur, in declaration order
   */
  public record Summary(Map<Status, Integer> byStatus, Map<Category, Integer> byCategory) {}

  private Inventory(List<InventoryRow> rows) {
    this.rows = Collections.unmodifiableList(rows);
  }

  /**
   * Inventories {@code zones} (each with the display path of its file), in the order given, each
   * zone's names in canonical order.
   */
  public static Inventory of(List<Zone> zones, List<String> files, Provider provider) {
    List<InventoryRow> rows = new ArrayList<>();
    for (int i = 0; i < zones.size(); i++) {
      Zone zone = zones.get(i);
      if (zone.origin() == null) {
        continue;
      }
      Map<Name, List<String>> dkim = dkimSelectors(zone);
      for (Node node : zone.nodes()) {
        if (isInventoried(node)) {
          rows.add(row(zones, zone, files.get(i), node, dkim, provider));
        }
      }
    }
    return new Inventory(rows);
  }

  public List<InventoryRow> rows() {
    return rows;
  }

  public Summary summary() {
    Map<Status, Integer> byStatus = new EnumMap<>(Status.class);
    for (Status s : Status.values()) {
      byStatus.put(s, 0);
    }
    Map<Category, Integer> byCategory = new EnumMap<>(Category.class);
    for (InventoryRow r : rows) {
      byStatus.merge(r.hardening().status(), 1, Integer::sum);
      byCategory.merge(r.category(), 1, Integer::sum);
    }
    return new Summary(byStatus, byCategory);
  }

  /**
   * Whether a name gets a row: served in its zone (or the cut itself), no underscore label, and it
   * holds addresses, an alias, a delegation, an MX or an SPF record. The register rules ask the
   * same question.
   */
  public static boolean isInventoried(Node node) {
    if (node.isOutOfZone()
        || node.isEmptyNonTerminal()
        || node.enclosingCut() != null
        || node.enclosingDname() != null
        || hasUnderscoreLabel(node.name())) {
      return false;
    }
    return node.isDelegation()
        || node.hasAddress()
        || node.has(Type.CNAME)
        || node.has(Type.MX)
        || MailNames.spf(node) != null;
  }

  private static boolean hasUnderscoreLabel(Name name) {
    for (int i = 0; i < name.labels() - 1; i++) {
      if (name.getLabelString(i).startsWith("_")) {
        return true;
      }
    }
    return false;
  }

  private static InventoryRow row(
      List<Zone> zones,
      Zone zone,
      String file,
      Node node,
      Map<Name, List<String>> dkim,
      Provider provider) {
    Kind kind = kind(node);
    Name target = target(kind, node);
    Category category = Category.NONE;
    String region = "";
    if (target != null && !Name.root.equals(target)) {
      category = inAnyZone(zones, target) ? Category.IN_ZONE : TargetCategories.classify(target);
      region = category == Category.IN_ZONE ? "" : TargetCategories.region(target);
    }
    MailPosture mail = MailPosture.of(zone, node, dkim.getOrDefault(node.name(), List.of()));
    boolean mailBeside = node.has(Type.MX) || MailNames.spf(node) != null;
    return new InventoryRow(
        zone.origin().toString(),
        file,
        node.name(),
        kind,
        kind == Kind.ADDRESS ? addresses(node) : target == null ? "" : target.toString(),
        category,
        region,
        mail,
        Hardening.judge(kind, mail, node.isApex(), target, category, mailBeside, provider));
  }

  private static Kind kind(Node node) {
    if (node.isDelegation()) {
      return Kind.DELEGATION;
    }
    if (node.has(Type.CNAME)) {
      return Kind.CNAME;
    }
    for (ZoneRecord r : node.records()) {
      if (r.isPseudo()) {
        return Kind.ALIAS;
      }
    }
    return node.hasAddress() ? Kind.ADDRESS : Kind.MAIL_ONLY;
  }

  /** The host the name points at, or null; the root for a null MX. */
  private static Name target(Kind kind, Node node) {
    switch (kind) {
      case DELEGATION:
        return node.first(Type.NS).target();
      case CNAME:
        return node.first(Type.CNAME).target();
      case ALIAS:
        for (ZoneRecord r : node.records()) {
          if (r.isPseudo()) {
            return r.target();
          }
        }
        return null;
      case MAIL_ONLY:
        for (ZoneRecord mx : node.records(Type.MX)) {
          if (!MailNames.isNullMx(mx)) {
            return mx.target();
          }
        }
        return null;
      default:
        return null;
    }
  }

  private static String addresses(Node node) {
    List<String> out = new ArrayList<>();
    for (ZoneRecord r : node.records()) {
      if (r.type() == Type.A || r.type() == Type.AAAA) {
        out.add(r.rdataText());
      }
    }
    return String.join(" ", out);
  }

  private static boolean inAnyZone(List<Zone> zones, Name target) {
    for (Zone z : zones) {
      if (z.origin() != null && z.contains(target)) {
        return true;
      }
    }
    return false;
  }

  /** The DKIM selectors of each domain: names {@code <selector>._domainkey.<domain>} with data. */
  private static Map<Name, List<String>> dkimSelectors(Zone zone) {
    Map<Name, TreeSet<String>> found = new HashMap<>();
    for (Node node : zone.nodes()) {
      Name name = node.name();
      if (node.isEmptyNonTerminal() || !MailNames.isDkimName(name)) {
        continue;
      }
      int at = 1;
      while (!name.getLabelString(at).equalsIgnoreCase("_domainkey")) {
        at++;
      }
      found
          .computeIfAbsent(new Name(name, at + 1), d -> new TreeSet<>())
          .add(MailNames.selector(name));
    }
    Map<Name, List<String>> out = new HashMap<>();
    found.forEach((d, s) -> out.put(d, List.copyOf(s)));
    return out;
  }
}
