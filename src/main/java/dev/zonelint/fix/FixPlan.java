package dev.zonelint.fix;

import dev.zonelint.diag.Diagnostic;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The fixes chosen for a zone, and what stays unfixed.
 *
 * @param fixes the fixes to apply, none overlapping another
 * @param unfixed findings of the fixable rules that no chosen fix resolves
 * @param notes why a fix was left out (unsafe, overlapping), for people
 */
public record FixPlan(List<Fix> fixes, List<Diagnostic> unfixed, List<String> notes) {
  public FixPlan {
    fixes = List.copyOf(fixes);
    unfixed = List.copyOf(unfixed);
    notes = List.copyOf(notes);
  }

  public boolean isEmpty() {
    return fixes.isEmpty();
  }

  /** Every edit of every fix, in file and offset order. */
  public List<Edit> edits() {
    List<Edit> all = new ArrayList<>();
    for (Fix f : fixes) {
      all.addAll(f.edits());
    }
    all.sort(Edits.ORDER);
    return all;
  }

  /** The new bytes of each file the plan changes, by file index, plus {@code extra} edits. */
  public Map<Integer, byte[]> apply(SourceFiles files, List<Edit> extra) throws IOException {
    Map<Integer, List<Edit>> byFile = new TreeMap<>();
    List<Edit> all = edits();
    all.addAll(extra);
    for (Edit e : all) {
      byFile.computeIfAbsent(e.file(), k -> new ArrayList<>()).add(e);
    }
    Map<Integer, byte[]> out = new TreeMap<>();
    for (Map.Entry<Integer, List<Edit>> e : byFile.entrySet()) {
      out.put(e.getKey(), Edits.apply(files.bytes(e.getKey()), e.getValue()));
    }
    return out;
  }
}
