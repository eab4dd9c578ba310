package dev.zonelint.zone;

import java.util.concurrent.CompletableFuture;

/** Two halves of a large zone's sort run at once. */
final class Halves {
  private Halves() {}

  /** Runs both, the first on another thread. */
  static void both(Runnable one, Runnable other) {
    CompletableFuture<Void> first = CompletableFuture.runAsync(one);
    other.run();
    first.join();
  }
}
