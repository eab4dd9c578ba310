package dev.zonelint.mail.sts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class MtaStsRecordTest {

  private static List<Integer> columns(String text) {
    List<Integer> out = new ArrayList<>();
    for (StsIssue i : MtaStsRecord.parse(text).issues()) {
      out.add(i.column());
    }
    return out;
  }

  @TestFactory
  Stream<DynamicTest> valid() {
    return Stream.of(
            "v=STSv1; id=20160831085700Z;", // RFC 8461 §3.1
            "v=STSv1;id=abc123",
            "v=STSv1; id=1; ext-1.x_y=value!",
            "v=STSv1 ;\tid=12345678901234567890123456789012 ; ")
        .map(t -> DynamicTest.dynamicTest(t, () -> assertEquals(List.of(), columns(t))));
  }

  @TestFactory
  Stream<DynamicTest> invalid() {
    return Stream.of(
            new Object[] {"v=STSv1; id=;", List.of(10)}, // the peers' mtasts case
            new Object[] {"v=STSv1", List.of(1)},
            new Object[] {"v=STSv1;", List.of(1)},
            new Object[] {"v=stsv1; id=1", List.of(1)},
            new Object[] {"id=1; v=STSv1", List.of(1)},
            new Object[] {"v=STSv1 id=1", List.of(8)},
            new Object[] {"v=STSv1; id=2024-01-01", List.of(10)},
            new Object[] {"v=STSv1; id=123456789012345678901234567890123", List.of(10)},
            new Object[] {"v=STSv1; id=1; id=2", List.of(16)},
            new Object[] {"v=STSv1; id = 1", List.of(1, 10)},
            new Object[] {"v=STSv1; id=1;; x=y", List.of(15)},
            new Object[] {"v=STSv1; id=1; x=a b", List.of(16)},
            new Object[] {"v=STSv1; id=1; x=a=b", List.of(16)},
            new Object[] {"v=STSv1; id=1; v=STSv1", List.of(16)})
        .map(
            row ->
                DynamicTest.dynamicTest(
                    (String) row[0], () -> assertEquals(row[1], columns((String) row[0]))));
  }

  @Test
  void idAndDetection() {
    assertEquals("20160831085700Z", MtaStsRecord.parse("v=STSv1; id=20160831085700Z;").id());
    assertNull(MtaStsRecord.parse("v=STSv1;").id());
    assertTrue(MtaStsRecord.isMtaSts("v=STSv1; id=1"));
    assertTrue(MtaStsRecord.isMtaSts("v=STSv1 ; id=1"));
    assertFalse(MtaStsRecord.isMtaSts("v=STSv1"), "senders keep records starting 'v=STSv1;'");
    assertFalse(MtaStsRecord.isMtaSts("v=stsv1; id=1"));
    assertTrue(MtaStsRecord.mentionsMtaSts("id=1; V=STSV1"));
    assertFalse(MtaStsRecord.mentionsMtaSts("v=spf1 -all"));
    assertTrue(MtaStsRecord.parse("v=STSv1; id=1").isValid());
  }

  @Test
  void messagesAreLowerCaseWithoutPeriod() {
    for (String t : List.of("v=STSv1; id=;", "v=stsv1", "v=STSv1 id=1", "v=STSv1; id=1;; x=a b")) {
      for (StsIssue i : MtaStsRecord.parse(t).issues()) {
        assertFalse(i.message().endsWith("."), i.message());
        assertFalse(Character.isUpperCase(i.message().charAt(0)), i.message());
      }
    }
  }
}
