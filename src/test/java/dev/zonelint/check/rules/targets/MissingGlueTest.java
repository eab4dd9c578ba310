package dev.zonelint.check.rules.targets;

import static dev.zonelint.check.RuleTester.APEX;
import static dev.zonelint.check.RuleTester.expect;

import dev.zonelint.check.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Several rows mirror Knot's semantic_check_data glue_* zones and BIND's zonechecks. */
class MissingGlueTest {
  private static final String RULE = "missing-glue";

  /** An apex with the SOA only: its NS records come from each row. */
  private static final String SOA =
      """
      $ORIGIN example.com.
      $TTL 3600
      @    SOA  dns1 hostmaster 2024010101 7200 3600 1209600 3600
      """;

  @TestFactory
  Stream<DynamicTest> cases() {
    return RuleTester.of(new MissingGlue())
        .valid("apex servers with addresses", APEX)
        .valid("delegation with A glue", APEX + "sub NS ns.sub\nns.sub A 192.0.2.53\n")
        .valid("delegation with AAAA glue only", APEX + "sub NS ns.sub\nns.sub AAAA 2001:db8::53\n")
        .valid("glue at the delegation point itself", APEX + "sub NS sub\nsub A 192.0.2.53\n")
        .valid("glue in another letter case", APEX + "sub NS NS.SUB\nns.Sub A 192.0.2.53\n")
        .valid("Knot glue_no_foreign: server in another zone", APEX + "sub NS ns.example.net.\n")
        .valid(
            "sibling server in this zone with an address",
            APEX + "sub NS ns1\nsub NS ns2.example.com.\n")
        .valid(
            "Knot glue_in_deleg: servers under another delegation need no glue here",
            APEX + "@ NS ns2.d\nd NS ns1.d\nns1.d A 192.0.2.4\nx NS d\n")
        .valid(
            "Knot glue_wildcard: wildcard glue in the subtree and an in-zone wildcard",
            APEX
                + "abc NS a.ns.abc\ndeleg1 NS a.ns.abc\ndeleg2 NS a.ns.ns.ns.ns.xyz\n"
                + "*.ns.abc AAAA ::1\n*.ns.xyz AAAA ::2\n")
        .valid(
            "a CNAME target is ns-target-cname's finding", APEX + "sub NS alias\nalias CNAME ns1\n")
        .valid("an IP-looking target is ns-target-ip's finding", APEX + "sub NS 192.0.2.1\n")
        .valid(
            "BIND good-occulted-ns-by-dname: delegation below a DNAME",
            APEX + "old DNAME example.net.\nfoo.old NS exavider.old\n")
        .valid(
            "BIND good-occulted-ns-by-ns: NS below a delegation is not a delegation",
            APEX + "foo NS ns.example.net.\nbar.foo NS x.foo\n")
        .invalid("delegation without glue", APEX + "sub NS ns.sub\n", expect(8, 1, RULE))
        .invalid(
            "Knot glue_deleg: glue for one of two servers",
            APEX + "sub NS ns1.sub\nsub NS ns2.sub\nns1.sub A 192.0.2.53\n",
            expect(9, RULE))
        .invalid(
            "glue that is a CNAME is no glue",
            APEX + "sub NS ns.sub\nns.sub CNAME ns1\n",
            expect(8, RULE))
        .invalid(
            "Knot glue_apex_both: apex servers without addresses",
            SOA + "     NS dns1\n     NS dns2\n",
            expect(4, 6, RULE),
            expect(5, 6, RULE))
        .invalid(
            "Knot glue_apex_one", SOA + "@ NS dns1\n@ NS dns2\ndns1 A 192.0.2.1\n", expect(5, RULE))
        .invalid(
            "Knot glue_besides: sibling server without an address",
            APEX + "deleg NS dns2\n",
            expect(8, RULE))
        .invalid("Knot glue_in_apex: the apex as its own server", SOA + "@ NS @\n", expect(4, RULE))
        .invalid(
            "BIND zonechecks noaddress: server owning only a TXT",
            SOA + "@ NS dns1\ndns1 TXT \"this name has no address records\"\n",
            expect(4, RULE))
        .invalid("$ORIGIN change", APEX + "$ORIGIN sub.example.com.\n@ NS ns\n", expect(9, RULE))
        .invalid(
            "empty non-terminal server blocks the wildcard",
            APEX + "sub NS ns.x\na.ns.x A 192.0.2.1\n*.x A 192.0.2.8\n",
            expect(8, RULE))
        .stream();
  }
}
