package dev.zonelint.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.xbill.DNS.Name;

/**
 * The indexed lookup finds what trying every pattern in order finds: the first match, with * as a
 * whole label and as the end of one, letter case ignored, wherever wildcard patterns were added.
 */
class HostPatternsTest {
  private static final String[] PATTERN_LABELS = {"a", "b", "c*", "*", "com", "net", "x-*", ""};
  private static final String[] NAME_LABELS = {"a", "B", "cx", "c", "com", "NET", "x-1", "x"};

  @Test
  void findsTheFirstPatternInOrderLikeABruteForceSearch() {
    qt().withExamples(2000)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Random rnd = new Random(seed);
              HostPatterns<Integer> patterns = new HostPatterns<>();
              List<String> added = new ArrayList<>();
              for (int i = rnd.nextInt(12); i >= 0; i--) {
                String pattern = join(rnd, PATTERN_LABELS, 1 + rnd.nextInt(3));
                patterns.add(pattern, added.size());
                added.add(pattern);
              }
              for (int k = 0; k < 20; k++) {
                Name name = Name.fromConstantString(join(rnd, NAME_LABELS, rnd.nextInt(4)) + ".");
                assertEquals(bruteForce(added, name), patterns.match(name), name + " " + added);
              }
            });
  }

  private static String join(Random rnd, String[] pool, int count) {
    List<String> labels = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      labels.add(pool[rnd.nextInt(pool.length)]);
    }
    return String.join(".", labels);
  }

  private static Integer bruteForce(List<String> patterns, Name name) {
    int count = name.labels() - 1;
    for (int i = 0; i < patterns.size(); i++) {
      String[] parts = patterns.get(i).split("\\.", -1);
      if (parts.length > count) {
        continue;
      }
      boolean all = true;
      for (int j = 0; j < parts.length && all; j++) {
        String label = name.getLabelString(count - 1 - j).toLowerCase(Locale.ROOT);
        String part = parts[parts.length - 1 - j];
        all =
            part.endsWith("*")
                ? label.startsWith(part.substring(0, part.length() - 1))
                : label.equals(part);
      }
      if (all) {
        return i;
      }
    }
    return null;
  }
}
