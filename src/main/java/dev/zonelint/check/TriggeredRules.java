package dev.zonelint.check;

import dev.zonelint.zone.Node;
import java.util.Arrays;

/**
 * Which node rules a name triggers, remembered per combination of the types it owns: a zone's names
 * fall into a few dozen such combinations, so the checker finds a name's rules with one lookup
 * instead of testing every rule's triggers (50 tests a name, 40M on a million names). One per
 * thread: it is not thread-safe.
 */
final class TriggeredRules {
  /** Combinations remembered, half the table; past that, further ones are worked out each time. */
  static final int DEFAULT_CAPACITY = 1 << 10;

  private final boolean[] everyNode;
  private final boolean[] onPseudo;
  private final long[] triggersLow;
  private final long[] triggersHigh;
  private final long[] keysLow;
  private final long[] keysHigh;
  private final boolean[] keysPseudo;
  private final int[][] rules;
  private int size;

  /**
   * @param capacity a power of two
   */
  TriggeredRules(
      boolean[] everyNode,
      boolean[] onPseudo,
      long[] triggersLow,
      long[] triggersHigh,
      int capacity) {
    this.everyNode = everyNode;
    this.onPseudo = onPseudo;
    this.triggersLow = triggersLow;
    this.triggersHigh = triggersHigh;
    keysLow = new long[capacity];
    keysHigh = new long[capacity];
    keysPseudo = new boolean[capacity];
    rules = new int[capacity][];
  }

  /** The indices of the rules {@code node} triggers, in rule order. */
  int[] of(Node node) {
    long low = node.typesBelow64();
    long high = node.types64To127();
    boolean pseudo = node.hasPseudoRecords();
    int slot = Long.hashCode(low * 0x9E3779B97F4A7C15L + high) + (pseudo ? 1 : 0);
    int mask = rules.length - 1;
    for (int probe = 0; probe <= mask; probe++) {
      int i = (slot + probe) & mask;
      if (rules[i] == null) {
        int[] found = compute(low, high, pseudo);
        if (size < rules.length / 2) {
          keysLow[i] = low;
          keysHigh[i] = high;
          keysPseudo[i] = pseudo;
          rules[i] = found;
          size++;
        }
        return found;
      }
      if (keysLow[i] == low && keysHigh[i] == high && keysPseudo[i] == pseudo) {
        return rules[i];
      }
    }
    return compute(low, high, pseudo);
  }

  private int[] compute(long low, long high, boolean pseudo) {
    int[] out = new int[everyNode.length];
    int n = 0;
    for (int i = 0; i < everyNode.length; i++) {
      if (everyNode[i]
          || (triggersLow[i] & low) != 0
          || (triggersHigh[i] & high) != 0
          || (onPseudo[i] && pseudo)) {
        out[n++] = i;
      }
    }
    return Arrays.copyOf(out, n);
  }
}
