package dev.zonelint.check.rules.mail;

import dev.zonelint.mail.spf.SpfKnownIncludes;
import dev.zonelint.mail.spf.SpfParser;
import dev.zonelint.mail.spf.SpfRecord;
import dev.zonelint.mail.spf.Term;
import dev.zonelint.zone.Node;
import dev.zonelint.zone.Once;
import dev.zonelint.zone.Zone;
import dev.zonelint.zone.ZoneRecord;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.xbill.DNS.Name;

/**
 * The SPF records of a zone and of the known providers as a graph of include/redirect edges, with
 * what evaluating each costs when nothing matches (RFC 7208 §4.6.4): DNS-querying terms, void
 * lookups, and whether the chain loops. Built whole on first use; strongly connected components
 * (Tarjan, iterative so that long chains cannot overflow the stack) make every record's facts
 * computed once, in time linear in the records reached.
 */
final class SpfGraph {
  static final int LOOKUP_LIMIT = 10;
  static final int VOID_LIMIT = 2;
  private static final int CAP = 9999;

  private final SpfZone facts;
  private final SpfKnownIncludes known;
  private final SpfSteps steps;
  private final Map<Node, Vertex> inZone = new HashMap<>();
  private final Map<String, Vertex> outside = new HashMap<>();
  private final ArrayDeque<Vertex> stack = new ArrayDeque<>();
  private int counter;
  private final Once<Boolean> solved = new Once<>();

  SpfGraph(SpfZone facts, SpfKnownIncludes known) {
    this.facts = facts;
    this.known = known;
    this.steps = new SpfSteps(facts, known);
  }

  /** The name a literal domain-spec stands for, if it is in this zone; null otherwise. */
  Name inZone(Zone zone, String literal) {
    return steps.inZone(zone, literal);
  }

  /** Where an include or redirect leads. */
  enum Target {
    /** Not an include or redirect. */
    NONE,
    /** An SPF record of this zone. */
    ZONE,
    /** A record of the known-providers list. */
    KNOWN,
    /** Outside the zone and not known, or not answered by this zone's data. */
    UNKNOWN,
    /** The domain has macros: it depends on the message. */
    MACRO,
    /** In this zone, but there is no SPF record there: receivers return permerror. */
    MISSING
  }

  /**
   * One DNS-querying term of a record.
   *
   * @param name the domain queried, when it is a name in this zone, else null
   * @param text the domain as written, when {@code name} is null
   * @param node for {@link Target#ZONE}: the name holding the SPF record
   * @param knownName for {@link Target#KNOWN}: the key in the known-providers list
   * @param voidWhy why the query returns no data, or null if it does not (or cannot be known)
   */
  record Step(
      Term term, Target kind, Name name, String text, Node node, String knownName, String voidWhy) {

    /** The domain as shown in messages, with a trailing dot unless it has macros. */
    String target() {
      if (name != null) {
        return name.toString();
      }
      return kind == Target.MACRO || text.isEmpty() || text.endsWith(".") ? text : text + ".";
    }
  }

  /** One SPF record and, once solved, the facts of its evaluation. */
  static final class Vertex {
    final Name owner;
    final ZoneRecord txt;
    final SpfRecord spf;
    final List<Step> steps = new ArrayList<>();
    private int index = -1;
    private int low;
    private boolean onStack;
    private boolean selfLoop;
    int lookups;

    /** Lookups without what the shipped provider list adds below its includes: sure to happen. */
    int certainLookups;

    int voids;
    boolean loop;
    boolean reachesLoop;
    List<Vertex> component = List.of();

    /** For a loop: its in-zone member first in canonical order, where it is reported. */
    Vertex head;

    Vertex(Name owner, ZoneRecord txt, SpfRecord spf) {
      this.owner = owner;
      this.txt = txt;
      this.spf = spf;
    }

    /** The record's owner as shown in messages. */
    String name() {
      return owner.toString();
    }
  }

  /** The solved vertex of the first SPF TXT at a node, or null if the node has none. */
  Vertex at(Zone zone, Node node) {
    solveAll(zone);
    return inZone.get(node);
  }

  /** Whether a step leads to a record of the shipped provider list, not the user's. */
  boolean isShipped(Step step) {
    return step.kind() == Target.KNOWN && known.isShipped(step.knownName());
  }

  /** The vertex an include or redirect step leads to, or null. */
  Vertex next(Zone zone, Step step) {
    solveAll(zone);
    if (step.kind() == Target.ZONE) {
      return inZone.get(step.node());
    }
    return step.kind() == Target.KNOWN ? outside.get(step.knownName()) : null;
  }

  /**
   * Builds and solves the vertices of every SPF record of the zone and of what they include, once:
   * the rules reading the graph run in parallel and need all of it, and after this the maps are
   * only read (the future of {@link Once} publishes them), so they ask without a lock.
   */
  private void solveAll(Zone zone) {
    solved.get(
        () -> {
          for (SpfZone.Spot spot : facts.spots(zone)) {
            solve(zone, inZoneVertex(zone, spot.node()));
          }
          return true;
        });
  }

  /** The vertex a step leads to, made on first use while the graph is built. */
  private Vertex edge(Zone zone, Step step) {
    if (step.kind() == Target.ZONE) {
      return inZoneVertex(zone, step.node());
    }
    return step.kind() == Target.KNOWN ? knownVertex(zone, step.knownName()) : null;
  }

  private Vertex inZoneVertex(Zone zone, Node node) {
    Vertex v = inZone.get(node);
    if (v == null) {
      ZoneRecord txt = facts.first(node);
      v = build(zone, node.name(), node, txt, facts.parsed(txt));
      inZone.put(node, v);
    }
    return v;
  }

  private Vertex knownVertex(Zone zone, String name) {
    Vertex v = outside.get(name);
    if (v == null) {
      v = build(zone, SpfSteps.toName(name), null, null, SpfParser.parse(known.record(name)));
      outside.put(name, v);
    }
    return v;
  }

  private Vertex build(Zone zone, Name owner, Node node, ZoneRecord txt, SpfRecord spf) {
    Vertex v = new Vertex(owner, txt, spf);
    for (Term t : spf.lookupTerms()) {
      v.steps.add(steps.step(zone, t, owner, node));
    }
    return v;
  }

  /** Tarjan's algorithm from {@code root}, closing each component as soon as it is complete. */
  private void solve(Zone zone, Vertex root) {
    if (root.index >= 0) {
      return;
    }
    ArrayDeque<int[]> positions = new ArrayDeque<>();
    ArrayDeque<Vertex> calls = new ArrayDeque<>();
    open(root);
    calls.push(root);
    positions.push(new int[] {0});
    while (!calls.isEmpty()) {
      Vertex v = calls.peek();
      int[] pos = positions.peek();
      if (pos[0] < v.steps.size()) {
        Vertex w = edge(zone, v.steps.get(pos[0]++));
        if (w == null) {
          continue;
        }
        if (w == v) {
          v.selfLoop = true;
        }
        if (w.index < 0) {
          open(w);
          calls.push(w);
          positions.push(new int[] {0});
        } else if (w.onStack) {
          v.low = Math.min(v.low, w.index);
        }
        continue;
      }
      calls.pop();
      positions.pop();
      if (!calls.isEmpty()) {
        calls.peek().low = Math.min(calls.peek().low, v.low);
      }
      if (v.low == v.index) {
        close(zone, v);
      }
    }
  }

  private void open(Vertex v) {
    v.index = counter;
    v.low = counter;
    counter++;
    v.onStack = true;
    stack.push(v);
  }

  /** Pops the component rooted at {@code root}; every component it leads to is already done. */
  private void close(Zone zone, Vertex root) {
    List<Vertex> members = new ArrayList<>();
    Vertex w;
    do {
      w = stack.pop();
      w.onStack = false;
      members.add(w);
    } while (w != root);
    boolean loop = members.size() > 1 || root.selfLoop;
    Vertex head = null;
    for (Vertex m : members) {
      m.component = members;
      m.loop = loop;
      m.reachesLoop = loop;
      if (m.txt != null && (head == null || m.owner.compareTo(head.owner) < 0)) {
        head = m;
      }
    }
    for (Vertex m : members) {
      m.head = head;
    }
    for (Vertex m : members) {
      int lookups = 0;
      int certain = 0;
      int voids = 0;
      for (Step s : m.steps) {
        lookups = Math.min(CAP, lookups + 1);
        certain = Math.min(CAP, certain + 1);
        voids += s.voidWhy() == null ? 0 : 1;
        Vertex next = edge(zone, s);
        if (next == null || next.component == members) {
          continue;
        }
        m.reachesLoop |= next.reachesLoop;
        lookups = Math.min(CAP, lookups + next.lookups);
        if (!isShipped(s)) {
          certain = Math.min(CAP, certain + next.certainLookups);
        }
        voids = Math.min(CAP, voids + next.voids);
      }
      m.lookups = lookups;
      m.certainLookups = certain;
      m.voids = voids;
    }
  }
}
