package dev.zonelint.dnssec;

import dev.zonelint.zone.ZoneRecord;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Verifies RRSIGs with {@code java.security} directly, in parallel: each thread keeps one {@link
 * Signature} per algorithm, keys come decoded from {@link ZoneKey}, and each RRset's canonical
 * bytes are built once per signature on the thread that verifies it.
 */
public final class SignatureVerifier {
  /** Below this many signatures one thread is faster than starting a pool. */
  private static final int PARALLEL_THRESHOLD = 512;

  /** One RRSIG with the RRset it covers and the apex keys its tag and algorithm name. */
  public record Task(RrsigFields signature, List<ZoneRecord> rrset, List<ZoneKey> keys) {}

  /** What verifying one RRSIG found. */
  public enum Outcome {
    VALID,
    /** No candidate key verifies it. */
    BOGUS,
    /** The JDK has no implementation of the algorithm, or the key data does not decode. */
    UNSUPPORTED
  }

  private SignatureVerifier() {}

  /** The outcome of each task, in task order, on up to {@code threads} threads. */
  public static Outcome[] verify(List<Task> tasks, int threads) {
    Outcome[] outcomes = new Outcome[tasks.size()];
    if (threads <= 1 || tasks.size() < PARALLEL_THRESHOLD) {
      new Worker().run(tasks, 0, tasks.size(), outcomes);
      return outcomes;
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> parts = new ArrayList<>();
      int size = (tasks.size() + threads - 1) / threads;
      for (int from = 0; from < tasks.size(); from += size) {
        int start = from;
        int end = Math.min(tasks.size(), from + size);
        parts.add(pool.submit(() -> new Worker().run(tasks, start, end, outcomes)));
      }
      for (Future<?> part : parts) {
        part.get();
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

  /** One thread's share, with its own Signature instances (they are not thread-safe). */
  private static final class Worker {
    private final Map<String, Signature> signatures = new HashMap<>();

    void run(List<Task> tasks, int from, int to, Outcome[] outcomes) {
      for (int i = from; i < to; i++) {
        outcomes[i] = verify(tasks.get(i));
      }
    }

    private Outcome verify(Task task) {
      Algorithm algorithm = Algorithm.of(task.signature().algorithm());
      if (algorithm == null || algorithm.jcaName() == null) {
        return Outcome.UNSUPPORTED;
      }
      Signature verifier = signature(algorithm.jcaName());
      if (verifier == null) {
        return Outcome.UNSUPPORTED;
      }
      byte[] data = Canonical.signedData(task.signature(), task.rrset());
      byte[] signature = signatureBytes(algorithm, task.signature().signature());
      boolean anyKey = false;
      for (ZoneKey key : task.keys()) {
        if (key.publicKey() == null) {
          continue;
        }
        anyKey = true;
        try {
          verifier.initVerify(key.publicKey());
          verifier.update(data);
          if (verifier.verify(signature)) {
            return Outcome.VALID;
          }
        } catch (GeneralSecurityException | IllegalArgumentException e) {
          // A malformed signature or a key the provider rejects: this key does not verify it.
        }
      }
      return anyKey ? Outcome.BOGUS : Outcome.UNSUPPORTED;
    }

    private Signature signature(String jcaName) {
      return signatures.computeIfAbsent(
          jcaName,
          name -> {
            try {
              return Signature.getInstance(name);
            } catch (GeneralSecurityException e) {
              return null;
            }
          });
    }

    /** DSA signatures start with the key's T parameter (RFC 2536 §3), not part of P1363. */
    private static byte[] signatureBytes(Algorithm algorithm, byte[] raw) {
      boolean dsa = algorithm == Algorithm.DSA || algorithm == Algorithm.DSA_NSEC3_SHA1;
      return dsa && raw.length == 41 ? java.util.Arrays.copyOfRange(raw, 1, 41) : raw;
    }
  }
}
