package dev.zonelint.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which edits of two fixes clash, so that the second waits for the next round. */
class EditTest {
  /** Columns: first edit's start and end, second edit's start and end, whether they overlap. */
  @ParameterizedTest(name = "[{0},{1}) vs [{2},{3}) -> {4}")
  @CsvSource({
    "0, 5, 3, 8, true", // ranges share bytes
    "0, 5, 5, 8, false", // adjacent ranges
    "0, 5, 3, 3, true", // an insertion inside a replaced range
    "0, 5, 5, 5, false", // an insertion right after it
    "0, 5, 0, 0, true", // an insertion where a replaced range starts: before or inside?
    "4, 4, 4, 4, true", // two insertions at one point: their order would be a guess
    "4, 4, 5, 5, false",
  })
  void overlaps(long s1, long e1, long s2, long e2, boolean expected) {
    Edit a = new Edit(0, "z", s1, e1, "x");
    Edit b = new Edit(0, "z", s2, e2, "y");
    assertEquals(expected, a.overlaps(b));
    assertEquals(expected, b.overlaps(a));
    assertEquals(false, a.overlaps(new Edit(1, "other", s2, e2, "y")));
  }
}
