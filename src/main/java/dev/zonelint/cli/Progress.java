package dev.zonelint.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A progress bar on standard error for runs over many zones. It appears only once the run has taken
 * {@code delay} (short runs, the usual case, never flicker), redraws itself in place, and is erased
 * when the run ends so that the report is all that remains.
 */
final class Progress implements AutoCloseable {
  static final Duration DELAY = Duration.ofSeconds(1);
  private static final int WIDTH = 30;

  private final PrintWriter err;
  private final int total;
  private final AtomicInteger finished = new AtomicInteger();
  private final AtomicBoolean shown = new AtomicBoolean();
  private final ScheduledExecutorService timer;
  private ScheduledFuture<?> drawing;

  /** A bar that draws nothing when {@code enabled} is false (standard error is not a terminal). */
  Progress(PrintWriter err, int total, boolean enabled, Duration delay) {
    this.err = err;
    this.total = total;
    if (!enabled || total < 2) {
      timer = null;
      return;
    }
    timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "zonelint-progress");
              t.setDaemon(true);
              return t;
            });
    drawing = timer.scheduleAtFixedRate(this::draw, delay.toMillis(), 100, TimeUnit.MILLISECONDS);
  }

  /** Counts one zone as checked. */
  void advance() {
    finished.incrementAndGet();
  }

  private void draw() {
    int done = finished.get();
    int filled = (int) ((long) WIDTH * done / total);
    synchronized (err) {
      err.print(
          "\r["
              + "#".repeat(filled)
              + ".".repeat(WIDTH - filled)
              + "] "
              + done
              + "/"
              + total
              + " zones");
      err.flush();
    }
    shown.set(true);
  }

  @Override
  public void close() {
    if (timer == null) {
      return;
    }
    drawing.cancel(false);
    timer.shutdownNow();
    try {
      timer.awaitTermination(1, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (shown.get()) {
      synchronized (err) {
        err.print("\r" + " ".repeat(WIDTH + 2 * String.valueOf(total).length() + 10) + "\r");
        err.flush();
      }
    }
  }
}
