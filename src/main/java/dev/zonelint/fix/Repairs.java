package dev.zonelint.fix;

import dev.zonelint.diag.Diagnostic;
import dev.zonelint.parse.Token;
import dev.zonelint.provider.AwsAliasTarget;
import dev.zonelint.provider.AwsAliasTargets;
import dev.zonelint.provider.Provider;
import dev.zonelint.zone.Node;
import dev.zonelint.zone.RecordKind;
import dev.zonelint.zone.Zone;
import dev.zonelint.zone.ZoneRecord;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.xbill.DNS.Name;
import org.xbill.DNS.NameTooLongException;
import org.xbill.DNS.Type;

/**
 * Builds the fixes of each strategy. Fixes that resolve every finding at a name (alias, split-web)
 * are built once per name, so that all its findings share one fix.
 */
final class Repairs {
  static final String CNAME_AT_APEX = "cname-at-apex";
  static final String CNAME_AND_OTHER_DATA = "cname-and-other-data";
  static final String MX_TARGET_CNAME = "mx-target-cname";
  static final String NS_TARGET_CNAME = "ns-target-cname";
  static final String SRV_TARGET_CNAME = "srv-target-cname";
  private static final int MAX_HOPS = 16;
  private static final Name WWW = Name.fromConstantString("www");
  private static final Name MAIL = Name.fromConstantString("mail");
  private static final Name DMARC = Name.fromConstantString("_dmarc");

  private final Zone zone;
  private final SourceFiles files;
  private final Provider provider;
  private final Function<ZoneRecord, List<Diagnostic>> findingsOn;
  private final Map<Object, Map<Strategy, Optional<Fix>>> built = new HashMap<>();
  private final Map<ZoneRecord, Optional<EntryText>> entries = new HashMap<>();

  /** The zone's records by file and start offset, built on first need. */
  private NavigableMap<Long, ZoneRecord> byOffset;

  Repairs(
      Zone zone,
      SourceFiles files,
      Provider provider,
      Function<ZoneRecord, List<Diagnostic>> findingsOn) {
    this.zone = zone;
    this.files = files;
    this.provider = provider;
    this.findingsOn = findingsOn;
  }

  /** The fixes for a finding of {@code rule} on {@code at}, best first for the provider. */
  List<Fix> forFinding(String rule, ZoneRecord at) throws IOException {
    List<Optional<Fix>> out = new ArrayList<>();
    Node node = at.node();
    switch (rule) {
      case CNAME_AT_APEX:
        out.add(once(node, Strategy.ALIAS, () -> alias(node)));
        out.add(once(node, Strategy.HTTPS_ALIAS, () -> httpsAlias(node)));
        out.add(once(node, Strategy.SPLIT_WEB, () -> splitWeb(node)));
        break;
      case CNAME_AND_OTHER_DATA:
        out.add(once(node, Strategy.ALIAS, () -> alias(node)));
        if (isMail(at)) {
          out.add(once(node, Strategy.SPLIT_MAIL, () -> splitMail(node)));
        } else if (!at.isPseudo() && at.type() == Type.TXT) {
          out.add(once(node, Strategy.DROP_SHADOWED, () -> dropShadowed(node)));
        }
        out.add(once(node, Strategy.SPLIT_WEB, () -> splitWeb(node)));
        break;
      case MX_TARGET_CNAME:
      case NS_TARGET_CNAME:
      case SRV_TARGET_CNAME:
        out.add(once(at, Strategy.RETARGET, () -> retarget(rule, at)));
        break;
      default:
        break;
    }
    List<Fix> fixes = new ArrayList<>();
    for (Optional<Fix> f : out) {
      f.ifPresent(fixes::add);
    }
    return fixes;
  }

  /** Builds a fix or finds that it does not apply (null). */
  private interface Build {
    Fix build() throws IOException;
  }

  private Optional<Fix> once(Object key, Strategy s, Build build) throws IOException {
    Map<Strategy, Optional<Fix>> forKey =
        built.computeIfAbsent(key, k -> new java.util.EnumMap<>(Strategy.class));
    Optional<Fix> fix = forKey.get(s);
    if (fix == null) {
      fix = Optional.ofNullable(build.build());
      forKey.put(s, fix);
    }
    return fix;
  }

  private EntryText entry(ZoneRecord r) throws IOException {
    Optional<EntryText> e = entries.get(r);
    if (e == null) {
      e = Optional.ofNullable(EntryText.of(r, zone.files().get(r.file()), files.bytes(r.file())));
      entries.put(r, e);
    }
    return e.orElse(null);
  }

  /** The node's only CNAME as an entry that can be edited, or null. */
  private EntryText soleCname(Node node) throws IOException {
    List<ZoneRecord> cnames = node.records(Type.CNAME);
    return cnames.size() == 1 ? entry(cnames.get(0)) : null;
  }

  private Fix alias(Node node) throws IOException {
    RecordKind kind = provider.aliasRecord();
    if (kind == null || !provider.offersAlias(node.isApex())) {
      return null;
    }
    EntryText cname = soleCname(node);
    if (cname == null || cname.targetToken() == null || hasAddressData(node)) {
      return null;
    }
    Name target = cname.record.target();
    List<Edit> edits = new ArrayList<>();
    String description;
    if (kind == RecordKind.AWS_ALIAS) {
      Optional<AwsAliasTarget> aws = AwsAliasTargets.recognise(target);
      if (aws.isEmpty()) {
        return null;
      }
      String zoneId = aws.get().hostedZoneId();
      Token targetToken = cname.targetToken();
      edits.add(Edits.replace(cname, cname.type(), "AWS ALIAS A"));
      edits.add(Edits.insert(cname, EntryText.endOf(targetToken), " " + zoneId + " false"));
      boolean ipv6 = servesIpv6(aws.get(), target);
      if (ipv6) {
        edits.add(
            Edits.insert(
                cname,
                cname.end,
                (cname.endsWithNewline() ? "" : cname.newline())
                    + sameOwnerPrefix(cname)
                    + "AWS ALIAS AAAA "
                    + targetToken.text()
                    + " "
                    + zoneId
                    + " false"
                    + cname.newline()));
      }
      description =
          "replace the CNAME at '"
              + node.name()
              + "' with Route 53 alias "
              + (ipv6 ? "A and AAAA records" : "A record")
              + " to the "
              + aws.get().service()
              + " target '"
              + target
              + "' (hosted zone "
              + zoneId
              + ")";
    } else {
      if (provider.aliasTargets() != Provider.AliasTargets.ANY) {
        return null;
      }
      edits.add(Edits.replace(cname, cname.type(), kind.display()));
      description =
          "replace the CNAME at '"
              + node.name()
              + "' with "
              + provider.displayName()
              + "'s "
              + kind.display()
              + " record to '"
              + target
              + "'";
    }
    return fix(
        node.isApex() ? CNAME_AT_APEX : CNAME_AND_OTHER_DATA,
        Strategy.ALIAS,
        description,
        edits,
        nodeFindings(node),
        List.of(cname.record + " -> replaced by " + kind.display()));
  }

  static boolean servesIpv6(AwsAliasTarget aws, Name target) {
    String service = aws.service().toLowerCase(Locale.ROOT);
    return service.contains("cloudfront")
        || service.contains("global accelerator")
        || target.toString(true).toLowerCase(Locale.ROOT).startsWith("dualstack.");
  }

  /** Owner, TTL and class as the entry writes them, for a line that follows it. */
  private static String sameOwnerPrefix(EntryText e) {
    String prefix = e.prefix();
    if (prefix.indexOf('(') >= 0 || prefix.indexOf('\n') >= 0 || prefix.indexOf('\r') >= 0) {
      return e.record.owner() + " ";
    }
    return prefix;
  }

  /** A/AAAA or another alias at the name would clash with an alias record there. */
  private static boolean hasAddressData(Node node) {
    for (ZoneRecord r : node.records()) {
      if (r.isPseudo() || r.type() == Type.A || r.type() == Type.AAAA) {
        return true;
      }
    }
    return false;
  }

  private Fix httpsAlias(Node node) throws IOException {
    EntryText cname = soleCname(node);
    if (cname == null || cname.targetToken() == null || node.has(Type.HTTPS)) {
      return null;
    }
    List<Edit> edits = new ArrayList<>();
    edits.add(
        Edits.insert(
            cname,
            cname.start,
            "; zonelint: HTTPS AliasMode (RFC 9460) replaces the CNAME here; clients that do not"
                + " use HTTPS records still need A/AAAA records at this name"
                + cname.newline()));
    edits.add(Edits.replace(cname, cname.type(), "HTTPS 0"));
    return fix(
        CNAME_AT_APEX,
        Strategy.HTTPS_ALIAS,
        "replace the CNAME at '"
            + node.name()
            + "' with an HTTPS AliasMode record to '"
            + cname.record.target()
            + "'; clients that do not use HTTPS records still need A/AAAA there",
        edits,
        nodeFindings(node),
        List.of(cname.record + " -> replaced by HTTPS 0"));
  }

  private Fix splitWeb(Node node) throws IOException {
    EntryText cname = soleCname(node);
    Name to = below(WWW, node.name());
    if (cname == null || to == null || owns(to)) {
      return null;
    }
    List<Edit> edits = new ArrayList<>();
    Edits.move(cname, to, Set.of(), edits);
    return fix(
        node.isApex() ? CNAME_AT_APEX : CNAME_AND_OTHER_DATA,
        Strategy.SPLIT_WEB,
        "move the CNAME from '"
            + node.name()
            + "' to '"
            + to
            + "'; '"
            + node.name()
            + "' then needs A/AAAA records of a web server that redirects to '"
            + to
            + "'",
        edits,
        nodeFindings(node),
        List.of(cname.record + " -> moved to " + to));
  }

  private Fix splitMail(Node node) throws IOException {
    Name to = below(MAIL, node.name());
    if (node.isApex() || to == null || owns(to)) {
      return null;
    }
    List<EntryText> moved = new ArrayList<>();
    Set<Long> keys = new HashSet<>();
    for (ZoneRecord r : node.records()) {
      if (isMail(r)) {
        EntryText e = entry(r);
        if (e == null) {
          return null;
        }
        moved.add(e);
        keys.add(Edits.key(r.file(), e.start));
      }
    }
    List<Edit> edits = new ArrayList<>();
    List<Diagnostic> findings = new ArrayList<>();
    List<String> changed = new ArrayList<>();
    for (EntryText e : moved) {
      Edits.move(e, to, keys, edits);
      // The moved MX keeps its target, so only the conflict with the CNAME is resolved.
      findings.addAll(findingsOf(e.record, CNAME_AND_OTHER_DATA));
      changed.add(e.record + " -> moved to " + to);
    }
    String policy = copyDmarc(node.name(), to, edits, changed);
    return fix(
        CNAME_AND_OTHER_DATA,
        Strategy.SPLIT_MAIL,
        "move the MX and SPF records of '"
            + node.name()
            + "' to '"
            + to
            + "' and keep the CNAME; mail addresses and the SPF domain change to '"
            + to
            + "'"
            + policy,
        edits,
        findings,
        changed);
  }

  /**
   * Mail from the new name must stay under the old name's own DMARC policy rather than fall back to
   * the organisational domain's, so its {@code _dmarc} TXT is copied (the old one stays: it still
   * guards the old name). Says what was done, for the fix's description.
   */
  private String copyDmarc(Name from, Name to, List<Edit> edits, List<String> changed)
      throws IOException {
    Name policyAt = below(DMARC, from);
    Name copyAt = below(DMARC, to);
    Node policy = policyAt == null ? null : zone.find(policyAt);
    if (policy == null || copyAt == null || owns(copyAt)) {
      return "";
    }
    boolean copied = false;
    for (ZoneRecord r : policy.records(Type.TXT)) {
      EntryText e = isDmarc(r) ? entry(r) : null;
      if (e != null && !e.blankOwner) {
        edits.add(Edits.copyBefore(e, copyAt));
        changed.add(r + " -> copied to " + copyAt);
        copied = true;
      }
    }
    return copied ? "; the DMARC record is copied to '" + copyAt + "'" : "";
  }

  /**
   * Comments out every TXT beside the node's CNAME that is not SPF (SPF moves with split-mail), in
   * one fix: commenting one out hands its owner to the blank-owner record after it, which must know
   * whether that record is commented out too.
   */
  private Fix dropShadowed(Node node) throws IOException {
    List<EntryText> shadowed = new ArrayList<>();
    Set<Long> keys = new HashSet<>();
    for (ZoneRecord r : node.records(Type.TXT)) {
      if (r.isPseudo() || isMail(r)) {
        continue;
      }
      EntryText e = entry(r);
      if (e == null) {
        return null;
      }
      shadowed.add(e);
      keys.add(Edits.key(r.file(), e.start));
    }
    if (shadowed.isEmpty()) {
      return null;
    }
    for (EntryText e : shadowed) {
      // Not offered when the record after it would silently take another TTL: it inherits this
      // one's, which is explicit, or, without a $TTL before it, the default this one took.
      boolean setsInheritedTtl =
          e.record.has(ZoneRecord.TTL_EXPLICIT) || !Edits.ttlDirectiveBefore(e);
      if (setsInheritedTtl && nextInheritsTtl(e, keys)) {
        return null;
      }
    }
    String why =
        "drop-shadowed: this TXT stands beside the CNAME at "
            + node.name()
            + ", so resolvers that cached the CNAME never see it";
    List<Edit> edits = new ArrayList<>();
    List<Diagnostic> findings = new ArrayList<>();
    List<String> changed = new ArrayList<>();
    for (EntryText e : shadowed) {
      Edits.commentOut(e, why, keys, edits);
      findings.addAll(findingsOn.apply(e.record));
      changed.add(e.record + " -> commented out");
    }
    return fix(
        CNAME_AND_OTHER_DATA,
        Strategy.DROP_SHADOWED,
        "comment out the TXT at '"
            + node.name()
            + "' that resolvers which cached the CNAME never see; publish it at the CNAME's"
            + " target if it is still needed",
        edits,
        findings,
        changed);
  }

  private Fix retarget(String rule, ZoneRecord at) throws IOException {
    Name first = at.target();
    Name last = finalTarget(first);
    EntryText e = entry(at);
    if (last == null || e == null || e.targetToken() == null) {
      return null;
    }
    Token token = e.targetToken();
    Name origin = NameText.originOf(token.text(), first);
    String text =
        token.text().endsWith(".") && origin == null
            ? last.toString()
            : NameText.write(last, origin == null ? e.origin() : origin);
    return fix(
        rule,
        Strategy.RETARGET,
        "point the "
            + at.typeName()
            + " at '"
            + last
            + "', where the CNAME '"
            + first
            + "' leads, instead of at the CNAME",
        List.of(Edits.replace(e, token, text)),
        // The record stays where it is: a CNAME beside it is still there.
        findingsOf(at, rule),
        List.of(at + " -> now points at " + last));
  }

  /**
   * Where an in-zone CNAME chain starting at {@code name} ends, if it ends at an in-zone name with
   * addresses; else null. Only the names' own CNAMEs count, not wildcards or DNAMEs.
   */
  private Name finalTarget(Name name) {
    Name current = name;
    Set<Name> seen = new HashSet<>();
    for (int hops = 0; hops <= MAX_HOPS; hops++) {
      if (!zone.contains(current) || !seen.add(current)) {
        return null;
      }
      Node node = zone.find(current);
      if (node == null || node.isOutOfZone()) {
        return null;
      }
      ZoneRecord cname = node.first(Type.CNAME);
      if (cname == null) {
        return hops > 0 && node.hasAddress() && node.isServed() ? current : null;
      }
      current = cname.target();
    }
    return null;
  }

  private boolean owns(Name name) {
    Node n = zone.find(name);
    return n != null && !n.records().isEmpty();
  }

  private static Name below(Name label, Name name) {
    try {
      return Name.concatenate(label, name);
    } catch (NameTooLongException e) {
      return null;
    }
  }

  /** MX and SPF TXT: what moves with split-mail. */
  private static boolean isMail(ZoneRecord r) {
    if (r.isPseudo()) {
      return false;
    }
    if (r.type() == Type.MX) {
      return true;
    }
    String txt = r.txt();
    return txt != null && txt.toLowerCase(Locale.ROOT).startsWith("v=spf1");
  }

  private static boolean isDmarc(ZoneRecord r) {
    String txt = r.txt();
    return !r.isPseudo() && txt != null && txt.regionMatches(true, 0, "v=DMARC1", 0, 8);
  }

  /**
   * Whether the next record the parser accepted after the entry (skipping those in {@code leaving})
   * has no TTL of its own and no {@code $TTL} before it: in a zone without {@code $TTL} it takes
   * the previous record's TTL, so commenting the entry out would change it.
   */
  private boolean nextInheritsTtl(EntryText e, Set<Long> leaving) {
    if (byOffset == null) {
      byOffset = new TreeMap<>();
      for (ZoneRecord r : zone.records()) {
        byOffset.putIfAbsent(Edits.key(r.file(), r.span().startOffset()), r);
      }
    }
    long at = Edits.key(e.record.file(), e.start);
    Map.Entry<Long, ZoneRecord> next = byOffset.higherEntry(at);
    while (next != null && leaving.contains(next.getKey())) {
      next = byOffset.higherEntry(next.getKey());
    }
    if (next == null || next.getValue().file() != e.record.file()) {
      return false;
    }
    ZoneRecord r = next.getValue();
    return !r.has(ZoneRecord.TTL_EXPLICIT) && !Edits.ttlDirectiveBetween(e, r.span().startOffset());
  }

  /** Findings of the CNAME rules on any record of the node. */
  private List<Diagnostic> findingsOf(ZoneRecord r, String rule) {
    List<Diagnostic> out = new ArrayList<>(1);
    for (Diagnostic d : findingsOn.apply(r)) {
      if (d.rule().equals(rule)) {
        out.add(d);
      }
    }
    return out;
  }

  private List<Diagnostic> nodeFindings(Node node) {
    List<Diagnostic> out = new ArrayList<>();
    for (ZoneRecord r : node.records()) {
      for (Diagnostic d : findingsOn.apply(r)) {
        if (d.rule().equals(CNAME_AT_APEX) || d.rule().equals(CNAME_AND_OTHER_DATA)) {
          out.add(d);
        }
      }
    }
    return out;
  }

  private static Fix fix(
      String rule,
      Strategy strategy,
      String description,
      List<Edit> edits,
      List<Diagnostic> findings,
      List<String> changed) {
    if (findings.isEmpty()) {
      return null;
    }
    List<Edit> sorted = new ArrayList<>(edits);
    sorted.sort(Edits.ORDER);
    return new Fix(rule, strategy, description, sorted, findings, changed);
  }
}
