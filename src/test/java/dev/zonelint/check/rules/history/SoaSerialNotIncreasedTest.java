package dev.zonelint.check.rules.history;

import static dev.zonelint.check.RuleTester.APEX;
import static dev.zonelint.check.RuleTester.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.zonelint.check.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each row is the new version; the previous one is APEX (serial 2024010101) unless set. */
class SoaSerialNotIncreasedTest {
  private static final String RULE = "soa-serial-not-increased";

  private static String withSerial(String serial) {
    return APEX.replace("2024010101", serial);
  }

  @TestFactory
  Stream<DynamicTest> cases() {
    return RuleTester.of(new SoaSerialNotIncreased())
        .valid("no change at all", APEX)
        .valid("only the serial changed", withSerial("2024010102"))
        .valid("records added, serial raised", withSerial("2024010102") + "www A 192.0.2.10\n")
        .valid(
            "reordered, reformatted and commented is no change",
            """
            $ORIGIN example.com.
            $TTL 3600
            ; the same records in another order
            ns2.example.com. 3600 IN A 192.0.2.2
            @    NS   ns2
            @    NS   ns1
            @    SOA  ns1 hostmaster ( 2024010101 7200 3600 1209600 3600 )
            ns1  A    192.0.2.1
            """)
        .valid(
            "no SOA in the new version is missing-soa's job",
            "$ORIGIN example.com.\nwww A 192.0.2.10\n")
        .invalid("record added, same serial", APEX + "www A 192.0.2.10\n", expect(3, 1, RULE))
        .invalid("a TTL changed", APEX.replace("ns1  A", "ns1 60 A"), expect(3, RULE))
        .invalid(
            "SOA timers changed, same serial",
            APEX.replace("7200 3600 1209600 3600", "7200 3600 1209600 300"),
            expect(3, RULE))
        .invalid(
            "serial went down", withSerial("2024010100") + "www A 192.0.2.10\n", expect(3, RULE))
        .invalid(
            "a serial 2^31 away is undefined, so no increase",
            withSerial(Long.toString(2024010101L + (1L << 31))) + "www A 192.0.2.10\n",
            expect(3, RULE))
        .invalid("a record removed", APEX.replace("ns2  A    192.0.2.2\n", ""), expect(3, RULE))
        .previous(withSerial("4294967295"))
        .valid(
            "a lower number that wraps around is an increase (RFC 1982)",
            withSerial("5") + "www A 192.0.2.10\n")
        .previous("$ORIGIN example.com.\nwww A 192.0.2.10\n")
        .valid("the previous version had no SOA", APEX + "www A 192.0.2.11\n")
        .previous(APEX.replace("example.com.", "example.org."))
        .valid("another origin is another zone", APEX + "www A 192.0.2.11\n")
        .stream();
  }

  @ParameterizedTest
  @CsvSource({
    "1, 2, true",
    "2, 1, false",
    "7, 7, false",
    "4294967295, 0, true",
    "0, 2147483647, true",
    "0, 2147483648, false",
    "2147483648, 0, false",
    "4294967295, 2147483646, true"
  })
  void serialArithmetic(long old, long now, boolean increased) {
    assertEquals(increased, SoaSerialNotIncreased.increased(old, now));
  }
}
