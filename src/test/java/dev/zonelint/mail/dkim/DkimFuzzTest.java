package dev.zonelint.mail.dkim;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * Coverage-guided fuzzing of the DKIM key grammar, base64 and DER decoding included: any text ends
 * in findings, never an exception. A normal test run replays the committed seeds
 * (src/test/resources/dev/zonelint/mail/dkim/DkimFuzzTestInputs/); {@code JAZZER_FUZZ=1} fuzzes.
 */
class DkimFuzzTest {

  @FuzzTest(maxDuration = "30m")
  void parse(byte[] input) {
    String text = new String(input, StandardCharsets.ISO_8859_1);
    DkimKeyRecord r = DkimKeyRecord.parse(text);
    DkimKeyRecord.looksLikeKey(text);
    if (r.keyBits() < 0) {
      throw new IllegalStateException("negative key size for " + text);
    }
    for (DkimIssue i : r.issues()) {
      if (i.column() < 1 || i.column() > text.length() + 1 || i.message().isEmpty()) {
        throw new IllegalStateException("bad finding " + i + " for " + text);
      }
    }
  }
}
