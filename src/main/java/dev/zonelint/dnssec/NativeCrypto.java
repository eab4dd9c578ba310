package dev.zonelint.dnssec;

import com.amazon.corretto.crypto.provider.AmazonCorrettoCryptoProvider;
import java.security.Provider;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

/**
 * The Amazon Corretto Crypto Provider (AWS-LC), which verifies RSA twice as fast as the JDK and
 * ECDSA and Ed25519 1.5-2.8 times as fast as BouncyCastle. Loading its library takes about 0.35 s
 * of one core, so it happens at most once per process, on a thread of its own, and only when asked
 * for. The bundled library is for Linux x86-64; elsewhere, or with {@code
 * -Dzonelint.nativeCrypto=false}, there is no provider and verification stays portable.
 */
final class NativeCrypto {
  static final String DISABLE_PROPERTY = "zonelint.nativeCrypto";

  private NativeCrypto() {}

  /** The provider once loaded; completes with null when it cannot load here. */
  static CompletableFuture<Provider> provider() {
    return Loading.PROVIDER;
  }

  /** Starts the load, if it has not started, for a caller that will ask for the provider later. */
  static void startLoading() {
    var unused = Loading.PROVIDER;
  }

  /** Whether this platform is one the bundled library is built for. */
  static boolean supportedPlatform() {
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    String arch = System.getProperty("os.arch", "");
    return os.startsWith("linux") && (arch.equals("amd64") || arch.equals("x86_64"));
  }

  private static final class Loading {
    static final CompletableFuture<Provider> PROVIDER = start();

    private static CompletableFuture<Provider> start() {
      CompletableFuture<Provider> result = new CompletableFuture<>();
      Thread loader = new Thread(() -> result.complete(load()), "zonelint-native-crypto");
      loader.setDaemon(true);
      loader.start();
      return result;
    }

    private static Provider load() {
      if ("false".equals(System.getProperty(DISABLE_PROPERTY)) || !supportedPlatform()) {
        return null;
      }
      try {
        AmazonCorrettoCryptoProvider provider = AmazonCorrettoCryptoProvider.INSTANCE;
        return provider.getLoadingError() == null ? provider : null;
      } catch (LinkageError | RuntimeException e) {
        // No usable library here (another libc, a read-only temp folder): stay portable.
        return null;
      }
    }
  }
}
