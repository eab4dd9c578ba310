package dev.zonelint.zone;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * A value computed by the first thread that asks while the others wait for it. They wait on a
 * future rather than a monitor: a worker of a fork-join pool waiting on a future is stood in for by
 * a spare worker (the checker's pool allows it), so a core takes on queued tasks meanwhile instead
 * of standing idle while a large fact is built. A failure reaches every caller as thrown.
 */
public final class Once<T> {
  private final AtomicBoolean claimed = new AtomicBoolean();
  private final CompletableFuture<T> value = new CompletableFuture<>();

  public T get(Supplier<? extends T> compute) {
    if (claimed.compareAndSet(false, true)) {
      try {
        value.complete(compute.get());
      } catch (RuntimeException | Error e) {
        value.completeExceptionally(e);
        throw e;
      }
    }
    try {
      return value.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      if (e.getCause() instanceof Error cause) {
        throw cause;
      }
      throw e;
    }
  }
}
