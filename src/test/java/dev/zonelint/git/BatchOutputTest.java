package dev.zonelint.git;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Answers of {@code git cat-file --batch}, as git 2.39 prints them. */
class BatchOutputTest {
  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void blobsKeepTheirBytesAndMissingObjectsAreNull() throws IOException {
    String zone = "@ SOA ns h 1 2 3 4 5\n\nwww A 192.0.2.1\n";
    List<byte[]> blobs =
        BatchOutput.blobs(
            bytes(
                "HEAD:a missing\n"
                    + "45b983be36b73c0788dc9cbcb76cbb80fc7bb057 blob "
                    + zone.length()
                    + "\n"
                    + zone
                    + "\n"
                    + "HEAD ambiguous\n"
                    + "6de0c1687a6ad9a3b46a7341f19912a7645f60ea blob 0\n\n"),
            4);
    assertEquals(4, blobs.size());
    assertNull(blobs.get(0));
    assertArrayEquals(bytes(zone), blobs.get(1));
    assertNull(blobs.get(2));
    assertArrayEquals(new byte[0], blobs.get(3));
  }

  @Test
  void treesAndCommitsAreNotFiles() throws IOException {
    List<byte[]> blobs =
        BatchOutput.blobs(
            bytes("b0ab5dbd9f4c1a69fbb27e4531ccf487c7d196b5 tree 3\nabc\nffff blob 1\nx\n"), 2);
    assertNull(blobs.get(0));
    assertArrayEquals(bytes("x"), blobs.get(1));
  }

  @Test
  void aShortOrGarbledAnswerIsAnError() {
    assertThrows(IOException.class, () -> BatchOutput.blobs(bytes("ffff blob 1\nx\n"), 2));
    assertThrows(IOException.class, () -> BatchOutput.blobs(bytes("ffff blob 10\nx\n"), 1));
    assertThrows(IOException.class, () -> BatchOutput.blobs(bytes("ffff blob ten\nx\n"), 1));
    assertThrows(IOException.class, () -> BatchOutput.blobs(bytes("fatal\n"), 1));
  }
}
