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
import java.util.function.Supplier;

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
    return check(zone, threadsFor(zone));
  }

  /**
   * Hands each finding to {@code sink} as it is made, from the checking threads at once: for a
   * caller that keeps few of them (a report shows the first thousand of a rule), where holding a
   * large zone's every finding until the end would not do. The sink must be thread-safe.
   */
  public void check(Zone zone, Consumer<Diagnostic> sink) {
    run(zone, threadsFor(zone), () -> sink);
  }

  private static int threadsFor(Zone zone) {
    return zone.nodes().size() < PARALLEL_THRESHOLD
        ? 1
        : Runtime.getRuntime().availableProcessors();
  }

  /**
   * Slices of names per thread: enough that the threads finish together whatever the zone-wide
   * rules cost, few enough that each slice's set-up (a context per rule) is noise.
   */
  private static final int SLICES_PER_THREAD = 8;

  /** Workers standing in for tasks that wait for a shared fact; facts depend on few others. */
  private static final int MAX_SPARE_WORKERS = 16;

  /** Checks on {@code threads} threads (1: on this thread alone), findings in task order. */
  List<Diagnostic> check(Zone zone, int threads) {
    List<List<Diagnostic>> parts = new ArrayList<>();
    run(
        zone,
        threads,
        () -> {
          List<Diagnostic> part = new ArrayList<>();
          parts.add(part);
          return part::add;
        });
    List<Diagnostic> out = new ArrayList<>();
    for (List<Diagnostic> part : parts) {
      out.addAll(part);
    }
    return out;
  }

  /**
   * Runs every task, each reporting to a sink of {@code sinks}, asked for on this thread in task
   * order before its task starts: on one thread the names, then each zone-wide rule; on several
   * each zone-wide rule, then each slice of the names.
   */
  private void run(Zone zone, int threads, Supplier<Consumer<Diagnostic>> sinks) {
    // The names as read rather than in canonical order: on a large zone that is the order they
    // and their records lie in memory (5M records: the node rules ~25% faster, in-process).
    List<Node> names = zone.namesAsRead();
    if (threads == 1) {
      checkNodes(zone, names, sinks.get());
      for (int i = 0; i < zoneRules.size(); i++) {
        checkZone(zone, i, sinks.get());
      }
      return;
    }
    ForkJoinPool pool = pool(threads);
    try {
      List<CompletableFuture<Void>> tasks = new ArrayList<>();
      for (int i = 0; i < zoneRules.size(); i++) {
        int rule = i;
        Consumer<Diagnostic> sink = sinks.get();
        tasks.add(CompletableFuture.runAsync(() -> checkZone(zone, rule, sink), pool));
      }
      int slices = threads * SLICES_PER_THREAD;
      int size = Math.max(1, (names.size() + slices - 1) / slices);
      for (int from = 0; from < names.size(); from += size) {
        List<Node> slice = names.subList(from, Math.min(names.size(), from + size));
        Consumer<Diagnostic> sink = sinks.get();
        tasks.add(CompletableFuture.runAsync(() -> checkNodes(zone, slice, sink), pool));
      }
      for (CompletableFuture<Void> task : tasks) {
        task.join();
      }
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

  private void checkNodes(Zone zone, List<Node> nodes, Consumer<Diagnostic> out) {
    RuleContext[] contexts = new RuleContext[nodeRules.size()];
    TargetMemo targets = new TargetMemo(zone);
    for (int i = 0; i < contexts.length; i++) {
      contexts[i] = new RuleContext(zone, options, nodeInfos.get(i), out, targets);
    }
    TriggeredRules triggered =
        new TriggeredRules(
            everyNode, onPseudo, triggersLow, triggersHigh, TriggeredRules.DEFAULT_CAPACITY);
    for (Node node : nodes) {
      if (node.isOutOfZone()) {
        continue; // the out-of-zone rule reports these names
      }
      for (int i : triggered.of(node)) {
        nodeRules.get(i).check(node, contexts[i]);
      }
    }
  }

  private void checkZone(Zone zone, int rule, Consumer<Diagnostic> out) {
    zoneRules.get(rule).check(zone, new RuleContext(zone, options, zoneInfos.get(rule), out));
  }
}
