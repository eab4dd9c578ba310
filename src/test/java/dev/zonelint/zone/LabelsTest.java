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

  /**
   * A plain name is found where it starts, not only at an array's start: its end at most 255 octets
   * on, and none where it runs past that, past the limit, or holds a compression pointer.
   */
  @Test
  void plainNameEndCountsFromWhereTheNameStarts() {
    byte[] longest = new byte[6 + 255 + 2];
    int at = 6;
    for (int label : new int[] {63, 63, 63, 61}) {
      longest[at] = (byte) label;
      at += 1 + label;
    }
    assertEquals(6 + 255, at + 1, "four labels and the root make 255 octets");
    assertEquals(6 + 255, Labels.plainNameEnd(longest, 6, longest.length));
    assertEquals(-1, Labels.plainNameEnd(longest, 6, 6 + 254), "cut short by the limit");
    longest[6 + 192] = 62; // the last label one octet longer: 256 octets
    assertEquals(-1, Labels.plainNameEnd(longest, 6, longest.length));
    byte[] pointer = {0, 0, 1, 'a', (byte) 0xC0, 0};
    assertEquals(-1, Labels.plainNameEnd(pointer, 2, pointer.length));
    assertEquals(5, Labels.plainNameEnd(new byte[] {9, 9, 1, 'a', 0, 7}, 2, 6));
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
