package dev.zonelint.check;

import dev.zonelint.diag.Diagnostic;
import dev.zonelint.zone.Node;
import dev.zonelint.zone.Zone;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Runs rules over a zone: one walk over the owner names in canonical order, each node handed to
 * every {@link NodeRule} (Knot's single traversal), then every {@link ZoneRule} once.
 */
public final class Checker {
  private final List<NodeRule> nodeRules = new ArrayList<>();
  private final List<RuleInfo> nodeInfos = new ArrayList<>();
  private final List<ZoneRule> zoneRules = new ArrayList<>();
  private final List<RuleInfo> zoneInfos = new ArrayList<>();
  private final List<VersionRule> versionRules = new ArrayList<>();
  private final CheckOptions options;
  // Per node rule, from its triggers: whether it sees every name, else whether pseudo-records call
  // it and the type bits a name needs (as Node.typesBelow64 and types64To127 give them).
  private final boolean[] everyNode;
  private final boolean[] onPseudo;
  private final long[] triggersLow;
  private final long[] triggersHigh;

  public Checker(List<? extends Rule> rules, CheckOptions options) {
    this.options = options;
    for (Rule rule : rules) {
      if (rule instanceof NodeRule nodeRule) {
        nodeRules.add(nodeRule);
        nodeInfos.add(rule.info());
      }
      if (rule instanceof ZoneRule zoneRule) {
        zoneRules.add(zoneRule);
        zoneInfos.add(rule.info());
      }
      if (rule instanceof VersionRule versionRule) {
        versionRules.add(versionRule);
      }
    }
    everyNode = new boolean[nodeRules.size()];
    onPseudo = new boolean[nodeRules.size()];
    triggersLow = new long[nodeRules.size()];
    triggersHigh = new long[nodeRules.size()];
    for (int i = 0; i < nodeRules.size(); i++) {
      Set<Integer> types = nodeRules.get(i).triggerTypes();
      onPseudo[i] = nodeRules.get(i).triggeredByPseudoRecords();
      everyNode[i] = types.isEmpty() && !onPseudo[i];
      for (int type : types) {
        if (type >= 128) {
          throw new IllegalArgumentException(
              nodeInfos.get(i).id() + ": trigger type " + type + " is not below 128");
        }
        if (type < 64) {
          triggersLow[i] |= 1L << type;
        } else {
          triggersHigh[i] |= 1L << (type - 64);
        }
      }
    }
  }

  /**
   * The findings of the {@link VersionRule}s on a zone compared with its previous version; the
   * single-zone rules are {@link #check}'s.
   */
  public List<Diagnostic> checkChange(Zone previous, Zone current) {
    List<Diagnostic> out = new ArrayList<>();
    for (VersionRule rule : versionRules) {
      rule.check(previous, current, new RuleContext(current, options, rule.info(), out::add));
    }
    return out;
  }

  /** Below this many names a zone is checked on one thread: splitting costs more than it saves. */
  private static final int PARALLEL_THRESHOLD = 50_000;

  /**
   * Every finding of the rules on this zone, in no particular order. Large zones are checked on
   * every core: each zone-wide rule is a task of its own (signature verification alone takes
   * seconds) beside slices of the names; rules are stateless and facts they share are kept with the
   * zone, so each task only needs contexts and a result list of its own.
   */
  public List<Diagnostic> check(Zone zone) {
    int threads =
        zone.nodes().size() < PARALLEL_THRESHOLD ? 1 : Runtime.getRuntime().availableProcessors();
    return check(zone, threads);
  }

  /**
   * Slices of names per thread: enough that the threads finish together whatever the zone-wide
   * rules cost, few enough that each slice's set-up (a context per rule) is noise.
   */
  private static final int SLICES_PER_THREAD = 8;

  /** Workers standing in for tasks that wait for a shared fact; facts depend on few others. */
  private static final int MAX_SPARE_WORKERS = 16;

  /** Checks on {@code threads} threads (1: on this thread alone). */
  List<Diagnostic> check(Zone zone, int threads) {
    List<Node> nodes = zone.nodes();
    if (threads == 1) {
      List<Diagnostic> out = new ArrayList<>();
      checkNodes(zone, nodes, out);
      for (int i = 0; i < zoneRules.size(); i++) {
        checkZone(zone, i, out);
      }
      return out;
    }
    ForkJoinPool pool = pool(threads);
    try {
      List<CompletableFuture<List<Diagnostic>>> parts = new ArrayList<>();
      for (int i = 0; i < zoneRules.size(); i++) {
        int rule = i;
        parts.add(
            CompletableFuture.supplyAsync(() -> collect(out -> checkZone(zone, rule, out)), pool));
      }
      int slices = threads * SLICES_PER_THREAD;
      int size = Math.max(1, (nodes.size() + slices - 1) / slices);
      for (int from = 0; from < nodes.size(); from += size) {
        List<Node> slice = nodes.subList(from, Math.min(nodes.size(), from + size));
        parts.add(
            CompletableFuture.supplyAsync(
                () -> collect(out -> checkNodes(zone, slice, out)), pool));
      }
      List<Diagnostic> out = new ArrayList<>();
      for (CompletableFuture<List<Diagnostic>> part : parts) {
        out.addAll(part.join());
      }
      return out;
    } finally {
      pool.shutdown();
    }
  }

  /**
   * A fork-join pool of its own (the common pool has one thread fewer than there are cores) that
   * keeps every core busy: a task waiting for a fact another task builds ({@link
   * dev.zonelint.zone.Once}) is stood in for by a spare worker that takes on the queued tasks (the
   * default lets all workers but one wait).
   */
  static ForkJoinPool pool(int threads) {
    return new ForkJoinPool(
        threads,
        ForkJoinPool.defaultForkJoinWorkerThreadFactory,
        null,
        false,
        0,
        threads + MAX_SPARE_WORKERS,
        threads,
        null,
        1,
        TimeUnit.MINUTES);
  }

  private static List<Diagnostic> collect(Consumer<List<Diagnostic>> work) {
    List<Diagnostic> out = new ArrayList<>();
    work.accept(out);
    return out;
  }

  private void checkNodes(Zone zone, List<Node> nodes, List<Diagnostic> out) {
    RuleContext[] contexts = new RuleContext[nodeRules.size()];
    TargetMemo targets = new TargetMemo();
    for (int i = 0; i < contexts.length; i++) {
      contexts[i] = new RuleContext(zone, options, nodeInfos.get(i), out::add, targets);
    }
    TriggeredRules triggered =
        new TriggeredRules(
            everyNode, onPseudo, triggersLow, triggersHigh, TriggeredRules.DEFAULT_CAPACITY);
    for (Node node : nodes) {
      for (int i : triggered.of(node)) {
        nodeRules.get(i).check(node, contexts[i]);
      }
    }
  }

  private void checkZone(Zone zone, int rule, List<Diagnostic> out) {
    zoneRules.get(rule).check(zone, new RuleContext(zone, options, zoneInfos.get(rule), out::add));
  }
}
