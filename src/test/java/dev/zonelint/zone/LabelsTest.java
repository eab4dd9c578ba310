package dev.zonelint.zone;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.xbill.DNS.Name;

/** Labels read from wire bytes agree with dnsjava's presentation form, for any octets. */
class LabelsTest {
  private static final List<String> ASCII = List.of("_dmarc", "_DomainKey", "s3", "*", "a-b", "x");

  @Test
  void agreesWithGetLabelStringOnRandomLabels() throws Exception {
    Random rnd = new Random(11);
    for (int run = 0; run < 5000; run++) {
      StringBuilder text = new StringBuilder();
      for (int labels = 1 + rnd.nextInt(3); labels > 0; labels--) {
        text.append(randomLabel(rnd)).append('.');
      }
      Name name = Name.fromString(text + "example.", Name.root);
      for (int i = 0; i < name.labels(); i++) {
        String presentation = name.getLabelString(i);
        assertEquals(
            presentation.toLowerCase(Locale.ROOT), Labels.lowerCase(name, i), text.toString());
        for (String ascii : ASCII) {
          assertEquals(
              presentation.equalsIgnoreCase(ascii), Labels.is(name, i, ascii), text.toString());
        }
      }
    }
  }

  /** Mostly the candidates themselves in mixed case, else random octets, escaped or not. */
  private static String randomLabel(Random rnd) {
    if (rnd.nextInt(3) == 0) {
      String ascii = ASCII.get(rnd.nextInt(ASCII.size()));
      return rnd.nextBoolean() ? ascii.toUpperCase(Locale.ROOT) : ascii;
    }
    StringBuilder label = new StringBuilder();
    for (int k = 1 + rnd.nextInt(6); k > 0; k--) {
      int b = rnd.nextInt(4) == 0 ? rnd.nextInt(256) : 'a' + rnd.nextInt(26);
      if (Character.isLetterOrDigit(b) && b < 0x80) {
        label.append((char) (rnd.nextBoolean() ? Character.toUpperCase(b) : b));
      } else {
        label.append(String.format("\\%03d", b));
      }
    }
    return label.toString();
  }
}
