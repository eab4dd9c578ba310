package dev.zonelint.zone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.zonelint.parse.ParseOptions;
import dev.zonelint.parse.ZoneParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.xbill.DNS.Name;

/** Facts derived from a zone are computed once per zone and per kind, and shared. */
class ZoneDerivedTest {
  private record Count(int names) {}

  private record Owners(List<Name> names) {}

  @Test
  void computesEachKindOncePerZone() throws IOException {
    Zone zone = zone();
    AtomicInteger computed = new AtomicInteger();
    Count first =
        zone.derived(
            Count.class,
            z -> {
              computed.incrementAndGet();
              return new Count(z.nodes().size());
            });
    Count second = zone.derived(Count.class, z -> new Count(-1));
    assertSame(first, second);
    assertEquals(1, computed.get());
    assertEquals(2, first.names());

    Owners owners = zone.derived(Owners.class, z -> new Owners(names(z)));
    assertEquals(List.of(Name.fromConstantString("example.com.")), owners.names().subList(0, 1));
    assertEquals(
        0, zone().derived(Count.class, z -> new Count(0)).names(), "a new zone, new facts");
  }

  @Test
  void threadsAskingAtOnceShareOneComputationWhichMayAskForAnother() throws Exception {
    Zone zone = zone();
    AtomicInteger computed = new AtomicInteger();
    List<Thread> threads = new ArrayList<>();
    List<Count> seen = java.util.Collections.synchronizedList(new ArrayList<>());
    for (int i = 0; i < 8; i++) {
      threads.add(
          new Thread(
              () ->
                  seen.add(
                      zone.derived(
                          Count.class,
                          z -> {
                            computed.incrementAndGet();
                            sleep();
                            Owners owners = z.derived(Owners.class, y -> new Owners(names(y)));
                            return new Count(owners.names().size());
                          }))));
    }
    threads.forEach(Thread::start);
    for (Thread t : threads) {
      t.join();
    }
    assertEquals(1, computed.get());
    assertEquals(8, seen.size());
    seen.forEach(c -> assertSame(seen.get(0), c));
    assertEquals(2, seen.get(0).names());
  }

  private static void sleep() {
    try {
      Thread.sleep(50);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static List<Name> names(Zone zone) {
    List<Name> out = new ArrayList<>();
    for (Node n : zone.nodes()) {
      out.add(n.name());
    }
    return out;
  }

  private static Zone zone() throws IOException {
    String text =
        """
        example.com. 3600 IN SOA ns1.example.com. h.example.com. 1 7200 3600 1209600 3600
        www.example.com. 300 IN A 192.0.2.1
        """;
    return ZoneParser.parse(
            new ByteArrayInputStream(text.getBytes(StandardCharsets.US_ASCII)),
            Path.of("example.com.zone"),
            ParseOptions.defaults(
                Path.of("example.com.zone"), Name.fromConstantString("example.com.")))
        .zone();
  }
}
