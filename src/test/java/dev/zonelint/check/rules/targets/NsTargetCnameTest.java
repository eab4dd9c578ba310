package dev.zonelint.check.rules.targets;

import static dev.zonelint.check.RuleTester.APEX;
import static dev.zonelint.check.RuleTester.expect;

import dev.zonelint.check.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

class NsTargetCnameTest {
  private static final String RULE = "ns-target-cname";

  @TestFactory
  Stream<DynamicTest> cases() {
    return RuleTester.of(new NsTargetCname())
        .valid("apex name servers with addresses", APEX)
        .valid("delegation to another zone", APEX + "sub NS ns.example.net.\n")
        .valid("delegation to an in-zone host", APEX + "sub NS ns1\nsub NS ns2.example.com.\n")
        .valid(
            "NS below a delegation is occluded, not used",
            APEX + "sub NS ns.example.net.\nx.sub NS alias\nalias CNAME ns1\n")
        .valid(
            "target inside its own delegation is glue, not an alias",
            APEX + "sub NS ns.sub\nns.sub CNAME ns1\n")
        .valid(
            "target under another delegation belongs to that child",
            APEX + "a NS ns.b\nb NS ns.example.net.\nns.b CNAME ns1\n")
        .valid("an MX to a CNAME is not this rule's", APEX + "@ MX 10 mail\nmail CNAME ns1\n")
        .valid(
            "delegation below a DNAME is occluded",
            APEX + "old DNAME new.example.net.\nsub.old NS alias\nalias CNAME ns1\n")
        .invalid(
            "delegation to a CNAME", APEX + "sub NS alias\nalias CNAME ns1\n", expect(8, 1, RULE))
        .invalid(
            "BIND zonechecks cname.db: apex NS to a CNAME",
            APEX + "@ NS alias\nalias CNAME ns1\n",
            expect(8, RULE))
        .invalid(
            "BIND zonechecks dname.db: every in-zone apex NS is below the apex DNAME",
            APEX + "@ DNAME example.net.\n@ NS ns3\n",
            expect(4, RULE),
            expect(5, RULE),
            expect(9, RULE))
        .valid(
            "BIND delegating-ns-address-below-dname.db: a delegation's server below a DNAME",
            APEX + "sub NS ns.sub2\nsub2 DNAME example.net.\n")
        .invalid(
            "target covered by a wildcard CNAME",
            APEX + "sub NS ns.w\n*.w CNAME ns1\n",
            expect(8, RULE))
        .invalid(
            "absolute target in another letter case, blank owner",
            APEX + "sub NS ns1\n    NS Mirror.EXAMPLE.com.\nmirror CNAME ns2\n",
            expect(9, 5, RULE))
        .valid(
            "$ORIGIN change: the target is inside the delegation, so it is glue",
            APEX + "$ORIGIN sub.example.com.\n@ NS ns\nns CNAME ns1.example.com.\n")
        .invalid(
            "$ORIGIN changes",
            APEX
                + "$ORIGIN sub.example.com.\n@ NS mirror.example.com.\n"
                + "$ORIGIN example.com.\nmirror CNAME ns1\n",
            expect(9, RULE))
        .stream();
  }
}
