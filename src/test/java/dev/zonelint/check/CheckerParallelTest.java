package dev.zonelint.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zonelint.diag.Diagnostic;
import dev.zonelint.parse.ParseOptions;
import dev.zonelint.parse.ZoneParser;
import dev.zonelint.zone.Once;
import dev.zonelint.zone.Zone;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;
import org.xbill.DNS.Name;

/**
 * Large zones are checked in parallel slices beside the zone-wide rules, each a task of its own:
 * the findings must be exactly those of a run on one thread, every time (rules sharing per-zone
 * facts, such as the SPF rules, must be thread-safe).
 */
class CheckerParallelTest {

  @Test
  void parallelSlicesFindExactlyWhatOneThreadFinds() throws IOException {
    Zone zone = zoneWithMixedProblems(3000);
    Checker checker = new Checker(RuleRegistry.builtIn().rules(), CheckOptions.DEFAULTS);
    List<String> expected = render(checker.check(zone, 1));
    assertTrue(expected.size() > 3000, "the zone should produce many findings");
    for (int run = 0; run < 5; run++) {
      // A fresh zone each run, so the facts rules share are computed under contention too.
      assertEquals(expected, render(checker.check(zoneWithMixedProblems(3000), 4)));
    }
  }

  /**
   * Two workers: one builds a fact that needs a task queued behind the other, which waits for the
   * fact. Without a spare worker standing in for the waiting one, nothing runs the queued task.
   */
  @Test
  void aTaskWaitingForAFactLendsItsCoreToQueuedTasks() {
    ForkJoinPool pool = Checker.pool(2);
    try {
      Once<String> fact = new Once<>();
      CountDownLatch released = new CountDownLatch(1);
      CountDownLatch building = new CountDownLatch(1);
      CompletableFuture<String> builder =
          CompletableFuture.supplyAsync(
              () ->
                  fact.get(
                      () -> {
                        building.countDown();
                        await(released);
                        return "built";
                      }),
              pool);
      await(building);
      CompletableFuture<String> waiter =
          CompletableFuture.supplyAsync(() -> fact.get(() -> "no"), pool);
      CompletableFuture<Void> queued = CompletableFuture.runAsync(released::countDown, pool);
      assertTimeoutPreemptively(
          Duration.ofSeconds(20),
          () -> {
            queued.join();
            assertEquals("built", builder.join());
            assertEquals("built", waiter.join());
          });
    } finally {
      pool.shutdownNow();
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static Zone zoneWithMixedProblems(int blocks) throws IOException {
    StringBuilder z = new StringBuilder(RuleTester.APEX);
    z.append("@ TXT \"v=spf1 include:_spf.b0.example.com. -all\"\n");
    for (int i = 0; i < blocks; i++) {
      z.append("b").append(i).append(" MX 10 mail.b").append(i).append('\n');
      z.append("mail.b").append(i).append(" CNAME host").append(i).append(".example.net.\n");
      z.append("b")
          .append(i)
          .append(" TXT \"v=spf1 include:_spf.b")
          .append(i + 1)
          .append(".example.com. ?all\"\n");
      z.append("_spf.b")
          .append(i)
          .append(" TXT \"v=spf1 a mx include:_spf.b")
          .append((i + 7) % blocks)
          .append(".example.com. -all\"\n");
      z.append("www.b").append(i).append(" CNAME b").append(i).append("\n");
      z.append("www.b").append(i).append(" TXT \"site-verification=").append(i).append("\"\n");
      z.append("_dmarc.b").append(i).append(" TXT \"v=DMARC1; p=bogus\"\n");
      z.append("parked").append(i).append(" MX 0 .\n");
    }
    ParseOptions options =
        new ParseOptions(
            Name.fromConstantString("example.com."), "p.zone", Path.of(""), 10, 1_000_000);
    return ZoneParser.parse(
            new ByteArrayInputStream(z.toString().getBytes(StandardCharsets.UTF_8)),
            Path.of("p.zone"),
            options)
        .zone();
  }

  private static List<String> render(List<Diagnostic> diagnostics) {
    List<Diagnostic> sorted = new ArrayList<>(diagnostics);
    sorted.sort(Diagnostic.ORDER);
    List<String> out = new ArrayList<>();
    for (Diagnostic d : sorted) {
      out.add(d.location() + " " + d.rule() + " " + d.severity() + " " + d.message());
    }
    return out;
  }
}
