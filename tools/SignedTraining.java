import com.amazon.corretto.crypto.provider.AmazonCorrettoCryptoProvider;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Security;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.DNSKEYRecord;
import org.xbill.DNS.DNSSEC;
import org.xbill.DNS.NSECRecord;
import org.xbill.DNS.NSRecord;
import org.xbill.DNS.Name;
import org.xbill.DNS.RRset;
import org.xbill.DNS.SOARecord;
import org.xbill.DNS.Type;

/**
 * Writes the signed zone that `make build` trains the signed-zone start-up caches on (see
 * tools/train.sh): NSEC-signed by an RSA and an ECDSA key pair, with enough signatures (10,240) for
 * the checker to verify them natively, as it does any large signed zone. Keys are made afresh each
 * time; the zone only has to exercise the code. Signed with the native provider where it loads
 * (RSA signing in the JDK would take seconds).
 * Usage: java -cp target/zonelint.jar [native library options] tools/SignedTraining.java OUT
 */
public final class SignedTraining {
  private static final int HOSTS = 2560;
  private static final long TTL = 3600;

  public static void main(String[] args) throws Exception {
    useNativeProviderIfPresent();
    Name origin = Name.fromString("training.example.");
    Instant now = Instant.now();
    Instant inception = now.minus(Duration.ofDays(1));
    Instant expiration = now.plus(Duration.ofDays(365));
    List<Key> keys = new ArrayList<>();
    int zoneKey = DNSKEYRecord.Flags.ZONE_KEY;
    for (int algorithm : new int[] {DNSSEC.Algorithm.RSASHA256, DNSSEC.Algorithm.ECDSAP256SHA256}) {
      keys.add(Key.make(origin, algorithm, zoneKey | DNSKEYRecord.Flags.SEP_KEY));
      keys.add(Key.make(origin, algorithm, zoneKey));
    }
    List<Name> names = new ArrayList<>();
    names.add(origin);
    for (int i = 0; i < HOSTS; i++) {
      names.add(Name.fromString(String.format("h%05d", i), origin)); // canonical order as written
    }
    List<RRset> rrsets = new ArrayList<>();
    Name server = Name.fromString("ns1.example.net.");
    rrsets.add(new RRset(new SOARecord(origin, DClass.IN, TTL, server,
        Name.fromString("hostmaster.example.net."), 1, 7200, 3600, 1209600, TTL)));
    rrsets.add(new RRset(new NSRecord(origin, DClass.IN, TTL, server)));
    RRset dnskeys = new RRset();
    keys.forEach(key -> dnskeys.addRR(key.record));
    rrsets.add(dnskeys);
    for (int i = 0; i < names.size(); i++) {
      Name name = names.get(i);
      Name next = names.get((i + 1) % names.size());
      int[] types = i == 0
          ? new int[] {Type.NS, Type.SOA, Type.RRSIG, Type.NSEC, Type.DNSKEY}
          : new int[] {Type.A, Type.RRSIG, Type.NSEC};
      if (i > 0) {
        byte[] address = {10, 0, (byte) (i >> 8), (byte) i};
        rrsets.add(new RRset(new ARecord(name, DClass.IN, TTL, InetAddress.getByAddress(address))));
      }
      rrsets.add(new RRset(new NSECRecord(name, DClass.IN, TTL, next, types)));
    }
    Path file = Path.of(args[0]);
    try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
      for (RRset rrset : rrsets) {
        rrset.rrs().forEach(out::println);
        boolean keySet = rrset.getType() == Type.DNSKEY;
        for (Key key : keys) {
          if (key.isKsk() == keySet) {
            out.println(
                DNSSEC.sign(rrset, key.record, key.pair.getPrivate(), inception, expiration));
          }
        }
      }
    }
  }

  private static void useNativeProviderIfPresent() {
    try {
      AmazonCorrettoCryptoProvider accp = AmazonCorrettoCryptoProvider.INSTANCE;
      if (accp.getLoadingError() == null) {
        Security.insertProviderAt(accp, 1);
      }
    } catch (LinkageError | RuntimeException e) {
      // no native library here: the JDK's own providers sign too, only slower
    }
  }

  private record Key(DNSKEYRecord record, KeyPair pair) {
    boolean isKsk() {
      return (record.getFlags() & DNSKEYRecord.Flags.SEP_KEY) != 0;
    }

    static Key make(Name origin, int algorithm, int flags) throws Exception {
      KeyPairGenerator generator;
      if (algorithm == DNSSEC.Algorithm.RSASHA256) {
        generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
      } else {
        generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
      }
      KeyPair pair = generator.generateKeyPair();
      return new Key(new DNSKEYRecord(origin, DClass.IN, TTL, flags, DNSKEYRecord.Protocol.DNSSEC,
          algorithm, pair.getPublic()), pair);
    }
  }
}
