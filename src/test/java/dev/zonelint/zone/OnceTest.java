package dev.zonelint.zone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class OnceTest {

  @Test
  void computedOnceForEveryThreadThatAsks() throws InterruptedException {
    Once<Object> once = new Once<>();
    AtomicInteger computed = new AtomicInteger();
    CountDownLatch start = new CountDownLatch(1);
    List<Object> seen = java.util.Collections.synchronizedList(new ArrayList<>());
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      Thread t =
          new Thread(
              () -> {
                await(start);
                seen.add(
                    once.get(
                        () -> {
                          computed.incrementAndGet();
                          return new Object();
                        }));
              });
      t.start();
      threads.add(t);
    }
    start.countDown();
    for (Thread t : threads) {
      t.join();
    }
    assertEquals(1, computed.get());
    assertEquals(8, seen.size());
    seen.forEach(value -> assertSame(seen.get(0), value));
  }

  @Test
  void aFailureIsThrownAsItselfToTheComputingThreadAndToLaterCallers() {
    Once<String> once = new Once<>();
    IllegalStateException failure = new IllegalStateException("broken fact");
    assertSame(
        failure,
        assertThrows(
            IllegalStateException.class,
            () ->
                once.get(
                    () -> {
                      throw failure;
                    })));
    assertSame(failure, assertThrows(IllegalStateException.class, () -> once.get(() -> "late")));
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
