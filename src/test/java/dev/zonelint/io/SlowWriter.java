package dev.zonelint.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Child process for {@link AtomicFilesTest}: rewrites a file slowly until it is killed. */
public final class SlowWriter {
  private SlowWriter() {}

  public static void main(String[] args) throws IOException {
    byte[] line = "www 300 IN A 192.0.2.1\n".getBytes(StandardCharsets.US_ASCII);
    AtomicFiles.write(
        Path.of(args[0]),
        out -> {
          for (int i = 0; ; i++) {
            out.write(line);
            if (i == 100_000) {
              out.flush();
              System.out.println("writing");
              System.out.flush();
            }
            if (i > 100_000 && i % 10_000 == 0) {
              sleep();
            }
          }
        });
  }

  private static void sleep() {
    try {
      Thread.sleep(5);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
