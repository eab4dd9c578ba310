package dev.zonelint.dnssec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.zonelint.parse.ParseOptions;
import dev.zonelint.parse.ZoneParser;
import dev.zonelint.zone.Node;
import dev.zonelint.zone.Zone;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.DNSKEYRecord;
import org.xbill.DNS.DNSSEC;
import org.xbill.DNS.Name;
import org.xbill.DNS.RRSIGRecord;
import org.xbill.DNS.RRset;
import org.xbill.DNS.Record;
import org.xbill.DNS.Type;

/**
 * Every algorithm the verifier supports, against signatures made here by dnsjava's own signer (its
 * canonical form, not ours): zones big enough for the parallel path, with signatures broken at
 * known places, verified both portably and with the native provider.
 */
class SignatureVerifierTest {
  private static final Name ORIGIN = Name.fromConstantString("example.com.");
  private static final Instant INCEPTION = Instant.parse("2026-01-01T00:00:00Z");
  private static final Instant EXPIRATION = Instant.parse("2030-01-01T00:00:00Z");

  /** For P-256, more signatures than the parallel threshold, so the pool and batches run. */
  private static final int MANY_HOSTS = 600;

  private static final int HOSTS = 150;

  enum Alg {
    RSASHA256(8),
    RSASHA512(10),
    ECDSAP256SHA256(13),
    ECDSAP384SHA384(14),
    ED25519(15),
    ED448(16);

    final int number;

    Alg(int number) {
      this.number = number;
    }

    KeyPair generate() throws Exception {
      KeyPairGenerator g;
      switch (this) {
        case ECDSAP256SHA256, ECDSAP384SHA384 -> {
          g = KeyPairGenerator.getInstance("EC");
          g.initialize(new ECGenParameterSpec(this == ECDSAP256SHA256 ? "secp256r1" : "secp384r1"));
        }
        case ED25519 -> g = KeyPairGenerator.getInstance("Ed25519");
        case ED448 -> g = KeyPairGenerator.getInstance("Ed448");
        default -> {
          g = KeyPairGenerator.getInstance("RSA");
          g.initialize(1024);
        }
      }
      return g.generateKeyPair();
    }
  }

  @ParameterizedTest
  @EnumSource(Alg.class)
  void verifiesEveryAlgorithmAndFindsEachBrokenSignature(Alg alg) throws Exception {
    KeyPair pair = alg.generate();
    DNSKEYRecord key =
        new DNSKEYRecord(ORIGIN, DClass.IN, 3600, 257, 3, alg.number, pair.getPublic());
    int hosts = alg == Alg.ECDSAP256SHA256 ? MANY_HOSTS : HOSTS;
    List<String> lines = new ArrayList<>();
    lines.add("example.com. 3600 IN SOA ns1.example.com. h.example.com. 1 7200 3600 1209600 3600");
    lines.add(key.toString());
    for (int i = 0; i < hosts; i++) {
      Name host = Name.fromString("h" + i, ORIGIN);
      RRset rrset = new RRset();
      // Two addresses in reverse order: the signed form sorts them.
      rrset.addRR(new ARecord(host, DClass.IN, 300, java.net.InetAddress.getByName("192.0.2.2")));
      rrset.addRR(new ARecord(host, DClass.IN, 300, java.net.InetAddress.getByName("192.0.2.1")));
      RRSIGRecord sig = DNSSEC.sign(rrset, key, pair.getPrivate(), INCEPTION, EXPIRATION);
      for (Record r : rrset.rrs(false)) {
        lines.add(r.toString());
      }
      lines.add(signatureLine(sig, i));
    }
    Outcomes got = verify(String.join("\n", lines) + "\n");
    assertEquals(hosts, got.outcomes.size());
    for (int i = 0; i < hosts; i++) {
      int host = Integer.parseInt(got.owners.get(i).getLabelString(0).substring(1));
      boolean broken = host % 100 == 7 || host % 100 == 42;
      SignatureVerifier.Outcome want =
          broken ? SignatureVerifier.Outcome.BOGUS : SignatureVerifier.Outcome.VALID;
      assertEquals(want, got.outcomes.get(i), alg + " signature of " + got.owners.get(i));
    }
  }

  /** Breaks host 7's signatures (one bit flipped) and host 42's (truncated) in every hundred. */
  private static String signatureLine(RRSIGRecord sig, int host) {
    byte[] signature = sig.getSignature();
    if (host % 100 == 7) {
      signature[signature.length / 2] ^= 1;
    } else if (host % 100 == 42) {
      signature = Arrays.copyOf(signature, signature.length - 1);
    }
    RRSIGRecord out =
        new RRSIGRecord(
            sig.getName(),
            sig.getDClass(),
            sig.getTTL(),
            sig.getTypeCovered(),
            sig.getAlgorithm(),
            sig.getOrigTTL(),
            sig.getExpire(),
            sig.getTimeSigned(),
            sig.getFootprint(),
            sig.getSigner(),
            signature);
    return out.toString();
  }

  @ParameterizedTest
  @EnumSource(
      value = Alg.class,
      names = {"ECDSAP256SHA256", "ED25519"})
  void aKeyThatIsNotOnTheCurveVerifiesNothing(Alg alg) throws Exception {
    KeyPair pair = alg.generate();
    DNSKEYRecord key =
        new DNSKEYRecord(ORIGIN, DClass.IN, 3600, 257, 3, alg.number, pair.getPublic());
    RRset rrset = new RRset();
    rrset.addRR(
        new ARecord(
            Name.fromString("www", ORIGIN),
            DClass.IN,
            300,
            java.net.InetAddress.getByName("192.0.2.1")));
    RRSIGRecord sig = DNSSEC.sign(rrset, key, pair.getPrivate(), INCEPTION, EXPIRATION);
    byte[] bad = key.getKey();
    bad[bad.length - 1] ^= 1;
    DNSKEYRecord broken = new DNSKEYRecord(ORIGIN, DClass.IN, 3600, 257, 3, alg.number, bad);
    String zone =
        String.join(
            "\n",
            "example.com. 3600 IN SOA ns1.example.com. h.example.com. 1 7200 3600 1209600 3600",
            broken.toString(),
            rrset.first().toString(),
            withKeyTag(sig, broken.getFootprint()).toString(),
            "");
    Outcomes got = verify(zone);
    assertEquals(1, got.outcomes.size());
    assertEquals(SignatureVerifier.Outcome.BOGUS, got.outcomes.get(0));
  }

  private static RRSIGRecord withKeyTag(RRSIGRecord sig, int tag) {
    return new RRSIGRecord(
        sig.getName(),
        sig.getDClass(),
        sig.getTTL(),
        sig.getTypeCovered(),
        sig.getAlgorithm(),
        sig.getOrigTTL(),
        sig.getExpire(),
        sig.getTimeSigned(),
        tag,
        sig.getSigner(),
        sig.getSignature());
  }

  @ParameterizedTest
  @EnumSource(Alg.class)
  void signedDataIsWhatDnsjavaSigns(Alg alg) throws Exception {
    KeyPair pair = alg.generate();
    DNSKEYRecord key =
        new DNSKEYRecord(ORIGIN, DClass.IN, 3600, 257, 3, alg.number, pair.getPublic());
    RRset rrset = new RRset();
    Name owner = Name.fromString("MiXed", ORIGIN);
    rrset.addRR(new ARecord(owner, DClass.IN, 300, java.net.InetAddress.getByName("192.0.2.9")));
    rrset.addRR(new ARecord(owner, DClass.IN, 300, java.net.InetAddress.getByName("192.0.2.1")));
    RRSIGRecord sig = DNSSEC.sign(rrset, key, pair.getPrivate(), INCEPTION, EXPIRATION);
    String zone =
        String.join(
            "\n",
            "example.com. 3600 IN SOA ns1.example.com. h.example.com. 1 7200 3600 1209600 3600",
            key.toString(),
            rrset.first().toString(),
            rrset.rrs(false).get(1).toString(),
            sig.toString(),
            "");
    Zone parsed = parse(zone);
    Node node = parsed.nodes().stream().filter(n -> n.has(Type.RRSIG)).findFirst().orElseThrow();
    RrsigFields fields = SignedZone.of(parsed).signatures(node).get(0);
    byte[] ours = Canonical.signedData(fields, node.records(Type.A));
    assertArrayEquals(DNSSEC.digestRRset(sig, rrset), ours);
  }

  private record Outcomes(List<SignatureVerifier.Outcome> outcomes, List<Name> owners) {}

  private static Outcomes verify(String text) throws IOException {
    Zone zone = parse(text);
    SignedZone signed = SignedZone.of(zone);
    List<SignatureVerifier.Task> tasks = new ArrayList<>();
    List<Name> owners = new ArrayList<>();
    for (Node node : zone.nodes()) {
      for (RrsigFields sig : signed.signatures(node)) {
        tasks.add(new SignatureVerifier.Task(sig, node, signed.keysFor(sig)));
        owners.add(node.name());
      }
    }
    SignatureVerifier.Outcome[] portable =
        SignatureVerifier.verify(tasks, 3, SignatureVerifier.Backend.PORTABLE);
    SignatureVerifier.Outcome[] fast =
        SignatureVerifier.verify(tasks, 3, SignatureVerifier.Backend.NATIVE);
    assertArrayEquals(portable, fast, "the native provider and the portable path disagree");
    return new Outcomes(List.of(portable), owners);
  }

  private static Zone parse(String text) throws IOException {
    Path file = Path.of("example.com.zone");
    return ZoneParser.parse(
            new ByteArrayInputStream(text.getBytes(StandardCharsets.US_ASCII)),
            file,
            ParseOptions.defaults(file, ORIGIN))
        .zone();
  }
}
