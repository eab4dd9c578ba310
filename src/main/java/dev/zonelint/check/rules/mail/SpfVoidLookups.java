package dev.zonelint.check.rules.mail;

import dev.zonelint.check.Category;
import dev.zonelint.check.RuleContext;
import dev.zonelint.check.RuleInfo;
import dev.zonelint.diag.Severity;
import dev.zonelint.zone.Node;
import dev.zonelint.zone.Zone;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * RFC 7208 §4.6.4 lets receivers stop with permerror after two "void" lookups, queries that find no
 * such name or no data of the asked type; most large receivers do. Counted offline for targets this
 * zone answers: an include or redirect to a name without TXT, an {@code a} to a name without
 * A/AAAA, an {@code mx} to one without MX, an {@code exists} to one without A, through in-zone
 * includes and redirects. Names outside the zone, below a delegation or DNAME, behind a CNAME, or
 * with macros are assumed to answer.
 */
public final class SpfVoidLookups extends SpfGraphRule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "spf-void-lookups",
          "SPF evaluation should not make more than two void DNS lookups",
          Severity.WARNING,
          Category.MAIL,
          "RFC 7208 §4.6.4");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  private static final int SHOWN = 4;

  public SpfVoidLookups() {
    this(new SpfMemo());
  }

  SpfVoidLookups(SpfMemo memo) {
    super(memo);
  }

  @Override
  void check(Zone zone, Node node, SpfGraph graph, SpfGraph.Vertex v, RuleContext context) {
    if (!v.spf.valid() || v.voids <= SpfGraph.VOID_LIMIT) {
      return;
    }
    List<String> notes = new ArrayList<>();
    collect(zone, graph, v, "", notes, new HashSet<>());
    context.report(
        v.txt,
        "SPF evaluation of '"
            + node.name()
            + "' makes "
            + v.voids
            + " void DNS lookups (limit "
            + SpfGraph.VOID_LIMIT
            + "): "
            + String.join("; ", notes)
            + (v.voids > notes.size() ? " and " + (v.voids - notes.size()) + " more" : "")
            + "; receivers may return permerror at the third",
        "remove the terms that point at names without data, or publish the records they expect");
  }

  /** The void lookups reachable from {@code v}, depth first, until {@link #SHOWN} are found. */
  private static void collect(
      Zone zone,
      SpfGraph graph,
      SpfGraph.Vertex v,
      String where,
      List<String> notes,
      Set<SpfGraph.Vertex> seen) {
    if (!seen.add(v)) {
      return;
    }
    for (SpfGraph.Step s : v.steps) {
      if (notes.size() >= SHOWN) {
        return;
      }
      if (s.voidWhy() != null) {
        notes.add("'" + s.term().text() + "'" + where + ": " + s.voidWhy());
      }
      SpfGraph.Vertex next = graph.next(zone, s);
      if (next != null && next.voids > 0) {
        collect(zone, graph, next, " in '" + next.name() + "'", notes, seen);
      }
    }
  }
}
