package dev.zonelint.lint;

import dev.zonelint.diag.Diagnostic;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The findings a file's report keeps, taken one at a time as the checking threads make them: those
 * no inline comment suppresses and the selection leaves on, at the severity it gives, and of each
 * rule the first {@code max} in report order, with a count of the rest. Holding every finding until
 * the end kept about 600 bytes each alive on a zone with findings on most names (5M records:
 * 245,000 findings, 5,000 of them shown), and a broken zone of tens of millions of records could
 * run out of memory on findings nobody sees.
 */
final class CappedFindings implements Consumer<Diagnostic> {
  /**
   * Report order, then every other field, so that which of two findings the same in report order is
   * kept does not depend on which thread made its finding first. (A class, not a lambda: lambdas
   * link on first use, at start-up.)
   */
  private static final Comparator<Diagnostic> TOTAL = new TotalOrder();

  private static final Comparator<Diagnostic> LAST_FIRST = Collections.reverseOrder(TOTAL);

  private static final class TotalOrder implements Comparator<Diagnostic> {
    @Override
    public int compare(Diagnostic a, Diagnostic b) {
      int c = Diagnostic.ORDER.compare(a, b);
      return c != 0 ? c : a.toString().compareTo(b.toString());
    }
  }

  private final Suppressions suppressions;
  private final RuleSelection selection;
  private final int max;
  // Per rule, the first findings so far with the last of them in report order on top.
  private final Map<String, PriorityQueue<Diagnostic>> kept = new HashMap<>();
  private final Map<String, Integer> dropped = new HashMap<>();

  CappedFindings(Suppressions suppressions, RuleSelection selection, int max) {
    this.suppressions = suppressions;
    this.selection = selection;
    this.max = max;
  }

  @Override
  public synchronized void accept(Diagnostic finding) {
    if (!suppressions.suppresses(finding)) {
      keep(selection.apply(finding));
    }
  }

  private void keep(Diagnostic finding) {
    if (finding == null) {
      return;
    }
    PriorityQueue<Diagnostic> first = kept.get(finding.rule());
    if (first == null) {
      first = new PriorityQueue<>(LAST_FIRST);
      kept.put(finding.rule(), first);
    }
    if (first.size() < max) {
      first.add(finding);
      return;
    }
    dropped.put(finding.rule(), dropped.getOrDefault(finding.rule(), 0) + 1);
    if (!first.isEmpty() && TOTAL.compare(finding, first.peek()) < 0) {
      first.poll();
      first.add(finding);
    }
  }

  /**
   * The findings kept, in report order, with the {@code unused-suppression} ones and, for each rule
   * cut short, a finding at its last one shown that says how many are not.
   *
   * @param ran whether a rule ran; suppressions of other rules are not judged unused
   */
  synchronized List<Diagnostic> result(Predicate<String> ran) {
    for (Diagnostic unused : suppressions.leftovers(ran)) {
      keep(selection.apply(unused));
    }
    List<Diagnostic> out = new ArrayList<>();
    for (Map.Entry<String, PriorityQueue<Diagnostic>> rule : kept.entrySet()) {
      PriorityQueue<Diagnostic> first = rule.getValue();
      int more = dropped.getOrDefault(rule.getKey(), 0);
      if (more > 0 && !first.isEmpty()) {
        out.add(notShown(first.peek(), more));
      }
      out.addAll(first);
    }
    Collections.sort(out, TOTAL);
    return out;
  }

  private Diagnostic notShown(Diagnostic lastShown, int more) {
    return new Diagnostic(
        lastShown.rule(),
        lastShown.severity(),
        lastShown.location(),
        "",
        "",
        more + " more " + lastShown.rule() + " findings in this file are not shown",
        "raise --max-diagnostics (now " + max + ") to see them all",
        List.of());
  }
}
