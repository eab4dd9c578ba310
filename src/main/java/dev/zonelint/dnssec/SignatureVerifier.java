package dev.zonelint.dnssec;

import dev.zonelint.zone.Node;
import java.security.Provider;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Verifies RRSIGs in parallel. Each thread decodes each key once into a {@link KeyVerifier} of its
 * own and builds the signed octets into one reused buffer; threads take small batches of signatures
 * in turn, so a thread slowed by other load does not hold up the rest. For many signatures the
 * threads wait up to a second for the native provider to load; if it is not ready by then they
 * start portably, and each moves to it at its next batch once it is.
 */
public final class SignatureVerifier {
  /** Below this many signatures one thread is faster than starting a pool. */
  private static final int PARALLEL_THRESHOLD = 512;

  /** Signatures a thread claims at a time: few enough to balance, many enough not to contend. */
  private static final int BATCH = 64;

  /**
   * From this many signatures loading the native provider (~0.35 s of one core) pays: it saves 20
   * µs per RSA-2048 signature and 35-200 µs per ECDSA or Ed25519 one.
   */
  private static final int NATIVE_THRESHOLD = 10_000;

  /** Which implementation verifies. */
  public enum Backend {
    /** The native provider for many signatures, loaded in the background; else portable. */
    AUTO,
    /** The JDK and BouncyCastle, on any platform. */
    PORTABLE,
    /** The native provider where it loads, waited for; else portable. */
    NATIVE
  }

  /**
   * One RRSIG with the name of the RRset it covers and the apex keys its tag and algorithm name.
   * The RRset is read from the name when the signature is verified: a list of it made for each task
   * lived until then, long enough to be promoted (a 100k-record signed zone: 144k lists).
   */
  public record Task(RrsigFields signature, Node node, List<ZoneKey> keys) {}

  /** What verifying one RRSIG found. */
  public enum Outcome {
    VALID,
    /** No candidate key verifies it. */
    BOGUS,
    /** No implementation of the algorithm, or no candidate key's data decodes. */
    UNSUPPORTED
  }

  private SignatureVerifier() {}

  /** The outcome of each task, in task order, on up to {@code threads} threads. */
  public static Outcome[] verify(List<Task> tasks, int threads) {
    return verify(tasks, threads, Backend.AUTO);
  }

  /**
   * Starts loading the native provider if this many signatures are to be verified, so that it is
   * ready when they are: started by the verifiers themselves, its ~0.15 s load was waited out at
   * the end of the check, with little else left to run beside it (signed 100k zone).
   */
  public static void expect(int signatures) {
    if (signatures >= NATIVE_THRESHOLD) {
      NativeCrypto.startLoading();
    }
  }

  /** {@link #verify(List, int)} with the implementation chosen. */
  public static Outcome[] verify(List<Task> tasks, int threads, Backend backend) {
    Supplier<Provider> fast = fastProvider(backend, tasks.size());
    Outcome[] outcomes = new Outcome[tasks.size()];
    AtomicInteger next = new AtomicInteger();
    if (threads <= 1 || tasks.size() < PARALLEL_THRESHOLD) {
      new Worker(fast).run(tasks, next, outcomes);
      return outcomes;
    }
    // The calling thread works too, beside threads - 1 helpers.
    ExecutorService pool = Executors.newFixedThreadPool(threads - 1);
    try {
      List<Future<?>> helpers = new ArrayList<>();
      for (int i = 1; i < threads; i++) {
        helpers.add(pool.submit(() -> new Worker(fast).run(tasks, next, outcomes)));
      }
      new Worker(fast).run(tasks, next, outcomes);
      for (Future<?> helper : helpers) {
        helper.get();
      }
      return outcomes;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("signature verification interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("signature verification failed", e.getCause());
    } finally {
      pool.shutdown();
    }
  }

  /** The native provider as each batch should see it: null until (unless) it is ready. */
  private static Supplier<Provider> fastProvider(Backend backend, int signatures) {
    switch (backend) {
      case NATIVE:
        Provider loaded = NativeCrypto.provider().join();
        return () -> loaded;
      case AUTO:
        if (signatures >= NATIVE_THRESHOLD) {
          CompletableFuture<Provider> loading = NativeCrypto.provider();
          long deadline = System.nanoTime() + LOAD_WAIT_NANOS;
          return () -> whenLoaded(loading, deadline);
        }
        return () -> null;
      default:
        return () -> null;
    }
  }

  /**
   * How long verifiers wait for the native provider to load (~150 ms from the jar) before they
   * start on the portable path. Verified meanwhile by the JDK under C1, the first few thousand RSA
   * signatures cost 0.36 s of CPU on the signed 100k zone; waiting costs nothing, as the checker's
   * other tasks take the cores.
   */
  private static final long LOAD_WAIT_NANOS = TimeUnit.SECONDS.toNanos(1);

  /** The provider if it loads before {@code deadline}, else whatever it is at the time. */
  private static Provider whenLoaded(CompletableFuture<Provider> loading, long deadline) {
    long left = deadline - System.nanoTime();
    if (left <= 0) {
      return loading.getNow(null);
    }
    try {
      return loading.get(left, TimeUnit.NANOSECONDS);
    } catch (TimeoutException | ExecutionException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  /** One thread's verifiers and buffer (provider objects are not thread-safe). */
  private static final class Worker {
    private final IdentityHashMap<ZoneKey, KeyVerifier> verifiers = new IdentityHashMap<>();
    private final SignedData data = new SignedData();
    private final Supplier<Provider> fastProvider;
    private Provider fast;

    Worker(Supplier<Provider> fastProvider) {
      this.fastProvider = fastProvider;
    }

    void run(List<Task> tasks, AtomicInteger next, Outcome[] outcomes) {
      for (int from = next.getAndAdd(BATCH); from < tasks.size(); from = next.getAndAdd(BATCH)) {
        if (fast == null && (fast = fastProvider.get()) != null) {
          verifiers.clear();
        }
        for (int i = from; i < Math.min(tasks.size(), from + BATCH); i++) {
          outcomes[i] = verify(tasks.get(i));
        }
      }
    }

    private Outcome verify(Task task) {
      boolean built = false;
      boolean anyKey = false;
      byte[] rdata = task.signature().record().rdata();
      int offset = task.signature().signedPrefixLength();
      for (ZoneKey key : task.keys()) {
        KeyVerifier verifier = verifier(key);
        if (verifier == null) {
          continue;
        }
        anyKey = true;
        if (!built) {
          data.build(task.signature(), rdata, task.node().records(task.signature().typeCovered()));
          built = true;
        }
        if (verifier.verify(data.buffer(), data.length(), rdata, offset)) {
          return Outcome.VALID;
        }
      }
      return anyKey ? Outcome.BOGUS : Outcome.UNSUPPORTED;
    }

    private KeyVerifier verifier(ZoneKey key) {
      KeyVerifier verifier = verifiers.get(key);
      if (verifier == null && !verifiers.containsKey(key)) {
        verifier = KeyVerifier.of(key, fast);
        verifiers.put(key, verifier);
      }
      return verifier;
    }
  }
}
