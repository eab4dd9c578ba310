package dev.zonelint.mail.dmarc;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * Coverage-guided fuzzing of the DMARC grammar: any text ends in findings, never an exception, and
 * every finding points inside the text. A normal test run replays the committed seeds
 * (src/test/resources/dev/zonelint/mail/dmarc/DmarcFuzzTestInputs/); {@code JAZZER_FUZZ=1} fuzzes.
 */
class DmarcFuzzTest {

  @FuzzTest(maxDuration = "30m")
  void parse(byte[] input) {
    // TXT data is octets; ZoneRecord.txt() maps each octet to one char, as ISO-8859-1 does.
    String text = new String(input, StandardCharsets.ISO_8859_1);
    DmarcRecord r = DmarcRecord.parse(text);
    DmarcRecord.isDmarc(text);
    DmarcRecord.mentionsDmarc(text);
    r.policy();
    r.subdomainPolicy();
    r.percent();
    for (DmarcIssue i : r.issues()) {
      if (i.column() < 1 || i.column() > text.length() + 1 || i.message().isEmpty()) {
        throw new IllegalStateException("bad finding " + i + " for " + text);
      }
    }
  }
}
