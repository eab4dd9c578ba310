package dev.zonelint.git;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads what {@code git cat-file --batch} answers, one entry per requested object: {@code "<oid>
 * <type> <size>\n<content>\n"}, or {@code "<object> missing\n"} (also {@code ambiguous}).
 */
final class BatchOutput {
  private BatchOutput() {}

  /** The contents of {@code count} answers, null where the object is missing or not a blob. */
  static List<byte[]> blobs(byte[] out, int count) throws IOException {
    List<byte[]> blobs = new ArrayList<>(count);
    int at = 0;
    for (int i = 0; i < count; i++) {
      int end = indexOf(out, (byte) '\n', at);
      if (end < 0) {
        throw new IOException("git cat-file stopped after " + i + " of " + count + " objects");
      }
      String header = new String(out, at, end - at, StandardCharsets.UTF_8);
      at = end + 1;
      if (header.endsWith(" missing") || header.endsWith(" ambiguous")) {
        blobs.add(null);
        continue;
      }
      String[] fields = header.split(" ");
      int size;
      try {
        size = fields.length == 3 ? Integer.parseInt(fields[2]) : -1;
      } catch (NumberFormatException e) {
        size = -1;
      }
      if (size < 0 || size > out.length - at) {
        throw new IOException("unexpected answer from git cat-file: '" + header + "'");
      }
      blobs.add(fields[1].equals("blob") ? Arrays.copyOfRange(out, at, at + size) : null);
      at += size + 1;
    }
    return blobs;
  }

  private static int indexOf(byte[] bytes, byte b, int from) {
    for (int i = from; i < bytes.length; i++) {
      if (bytes[i] == b) {
        return i;
      }
    }
    return -1;
  }
}
