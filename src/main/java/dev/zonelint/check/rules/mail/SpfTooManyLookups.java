package dev.zonelint.check.rules.mail;

import dev.zonelint.check.Category;
import dev.zonelint.check.RuleContext;
import dev.zonelint.check.RuleInfo;
import dev.zonelint.diag.Severity;
import dev.zonelint.mail.spf.Directive;
import dev.zonelint.zone.Node;
import dev.zonelint.zone.Zone;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * SPF evaluation may use at most 10 DNS-querying terms (include, a, mx, ptr, exists, redirect),
 * counted through every include and redirect (RFC 7208 §4.6.4); one more and receivers return
 * permerror, so SPF fails for all mail. Includes and redirects into this zone are followed through
 * its own records, those leaving it through the built-in list of provider records; anything else,
 * and any target with macros, counts 1. Terms after {@code all}, and a redirect beside an {@code
 * all}, are never evaluated and not counted. Records on an include loop are left to {@code
 * spf-include-loop}; records that lead into one are reported here, as their evaluation never ends.
 * An error when the limit is passed on this zone's records and the user's {@code --spf-known}
 * alone; a warning when it takes the shipped provider records to pass it, as providers change their
 * records and zonelint cannot ask DNS.
 */
public final class SpfTooManyLookups extends SpfGraphRule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "spf-too-many-lookups",
          "SPF evaluation must need at most 10 DNS lookups",
          Severity.ERROR,
          Category.MAIL,
          "RFC 7208 §4.6.4");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  public SpfTooManyLookups() {
    this(new SpfMemo());
  }

  SpfTooManyLookups(SpfMemo memo) {
    super(memo);
  }

  @Override
  void check(Zone zone, Node node, SpfGraph graph, SpfGraph.Vertex v, RuleContext context) {
    if (!v.spf.valid() || v.loop) {
      return;
    }
    if (v.reachesLoop) {
      context.report(
          v.txt,
          "SPF evaluation of '"
              + node.name()
              + "' never ends: its includes lead into the loop through '"
              + loopEntry(zone, graph, v).name()
              + "', so receivers stop at "
              + SpfGraph.LOOKUP_LIMIT
              + " lookups and return permerror",
          "break the include loop (see spf-include-loop) or stop including that record");
    } else if (v.lookups > SpfGraph.LOOKUP_LIMIT) {
      boolean certain = v.certainLookups > SpfGraph.LOOKUP_LIMIT;
      context.report(
          certain ? Severity.ERROR : Severity.WARNING,
          v.txt,
          "SPF evaluation of '"
              + node.name()
              + "' needs "
              + v.lookups
              + " DNS lookups (limit "
              + SpfGraph.LOOKUP_LIMIT
              + "): "
              + breakdown(zone, graph, v)
              + (certain
                  ? ""
                  : "; only "
                      + v.certainLookups
                      + " are certain from this zone and --spf-known, the rest come from"
                      + " zonelint's dated copy of provider records, which may have changed"),
          "receivers stop at lookup "
              + (SpfGraph.LOOKUP_LIMIT + 1)
              + " and return permerror, so SPF fails for all mail: replace includes of your own"
              + " hosts with ip4:/ip6: ranges, drop a/mx/ptr terms that repeat other terms, or"
              + " move a sending service to a subdomain with its own record"
              + (certain
                  ? ""
                  : "; to make the count exact, pass the providers' current records with"
                      + " --spf-known FILE"));
    }
  }

  private static String source(SpfGraph graph, SpfGraph.Step s) {
    if (s.kind() == SpfGraph.Target.ZONE) {
      return "this zone";
    }
    return graph.isShipped(s) ? "built-in list" : "--spf-known";
  }

  private static SpfGraph.Vertex loopEntry(Zone zone, SpfGraph graph, SpfGraph.Vertex v) {
    SpfGraph.Vertex at = v;
    while (!at.loop) {
      for (SpfGraph.Step s : at.steps) {
        SpfGraph.Vertex next = graph.next(zone, s);
        if (next != null && next.reachesLoop) {
          at = next;
          break;
        }
      }
    }
    return at;
  }

  /** E.g. "6 terms here (include ×4, a, mx) + 4 inside 'mailgun.org.' (built-in list)". */
  static String breakdown(Zone zone, SpfGraph graph, SpfGraph.Vertex v) {
    Map<String, Integer> kinds = new LinkedHashMap<>();
    List<String> nested = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    List<String> macros = new ArrayList<>();
    for (SpfGraph.Step s : v.steps) {
      String kind = s.term() instanceof Directive d ? d.mechanism().name() : "redirect";
      kinds.merge(kind, 1, Integer::sum);
      SpfGraph.Vertex next = graph.next(zone, s);
      if (next != null && next.lookups > 0) {
        nested.add(next.lookups + " inside '" + next.name() + "' (" + source(graph, s) + ")");
      } else if (s.kind() == SpfGraph.Target.MACRO) {
        macros.add("'" + s.target() + "'");
      } else if (s.kind() == SpfGraph.Target.UNKNOWN) {
        unknown.add("'" + s.target() + "'");
      }
    }
    StringBuilder out = new StringBuilder().append(v.steps.size()).append(" terms here (");
    String sep = "";
    for (Map.Entry<String, Integer> e : kinds.entrySet()) {
      out.append(sep).append(e.getKey()).append(e.getValue() > 1 ? " ×" + e.getValue() : "");
      sep = ", ";
    }
    out.append(')');
    for (String n : nested) {
      out.append(" + ").append(n);
    }
    list(out, "; not in the built-in list, so counted as 1 each: ", unknown);
    list(out, "; with macros, so counted as 1 each: ", macros);
    return out.toString();
  }

  private static void list(StringBuilder out, String intro, List<String> names) {
    if (!names.isEmpty()) {
      out.append(intro).append(String.join(", ", names.subList(0, Math.min(4, names.size()))));
      if (names.size() > 4) {
        out.append(" and ").append(names.size() - 4).append(" more");
      }
    }
  }
}
