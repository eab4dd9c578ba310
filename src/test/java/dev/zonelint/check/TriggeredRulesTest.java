package dev.zonelint.check;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.zonelint.zone.Node;
import dev.zonelint.zone.Zone;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xbill.DNS.Name;

/**
 * A name's rules come from its own type combination, whether the combination was remembered
 * (capacity 1024) or the table is full and it is worked out again (capacity 2: one remembered).
 */
class TriggeredRulesTest {
  // Rule 0 sees every name; 1 needs A; 2 TXT; 3 only pseudo-records; 4 the SPF type (99, in the
  // high word); 5 A or pseudo-records.
  private static final boolean[] EVERY_NODE = {true, false, false, false, false, false};
  private static final boolean[] ON_PSEUDO = {false, false, false, true, false, true};
  private static final long[] LOW = {0, 1L << 1, 1L << 16, 0, 0, 1L << 1};
  private static final long[] HIGH = {0, 0, 0, 0, 1L << (99 - 64), 0};

  @ParameterizedTest
  @ValueSource(ints = {1024, 2})
  void eachNameGetsTheRulesItsTypesTrigger(int capacity) {
    Zone zone =
        parse(
            """
            $TTL 300
            a A 192.0.2.1
            t TXT "x"
            s SPF "v=spf1 -all"
            p ALIAS a.example.com.
            x.e A 192.0.2.2
            at A 192.0.2.3
            at TXT "y"
            a2 A 192.0.2.4
            """);
    Map<String, int[]> expected = new LinkedHashMap<>();
    expected.put("example.com.", new int[] {0});
    expected.put("a.example.com.", new int[] {0, 1, 5});
    expected.put("a2.example.com.", new int[] {0, 1, 5});
    expected.put("at.example.com.", new int[] {0, 1, 2, 5});
    expected.put("e.example.com.", new int[] {0});
    expected.put("x.e.example.com.", new int[] {0, 1, 5});
    expected.put("p.example.com.", new int[] {0, 3, 5});
    expected.put("s.example.com.", new int[] {0, 4});
    expected.put("t.example.com.", new int[] {0, 2});
    TriggeredRules triggered = new TriggeredRules(EVERY_NODE, ON_PSEUDO, LOW, HIGH, capacity);
    // Twice over: the second pass reads what the first remembered.
    for (int pass = 0; pass < 2; pass++) {
      int seen = 0;
      for (Node node : zone.nodes()) {
        String name = node.name().toString();
        assertArrayEquals(expected.get(name), triggered.of(node), name + ", pass " + pass);
        seen++;
      }
      assertEquals(expected.size(), seen);
    }
  }

  private static Zone parse(String text) {
    return RuleTester.parse(Name.fromConstantString("example.com."), text, "test.zone").zone();
  }
}
