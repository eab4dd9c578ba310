package dev.zonelint.check.rules.mail;

import static dev.zonelint.check.RuleTester.APEX;
import static dev.zonelint.check.RuleTester.expect;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zonelint.check.RuleTester;
import dev.zonelint.diag.Diagnostic;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class TlsRptSyntaxTest {
  private static final String RULE = "tls-rpt-syntax";

  @TestFactory
  Stream<DynamicTest> cases() {
    return RuleTester.of(new TlsRptSyntax())
        .valid(
            "RFC 8460 example",
            APEX + "_smtp._tls TXT \"v=TLSRPTv1;rua=mailto:reports@example.com\"\n")
        .valid(
            "mailto and https, upper-case owner, subdomain",
            APEX
                + "_SMTP._TLS.shop TXT \"v=TLSRPTv1; rua=mailto:tls@example.com,"
                + " https://tlsrpt.example.net/v1\"\n")
        .valid(
            "other TXT at _smtp._tls is not looked at",
            APEX
                + "_smtp._tls TXT \"v=TLSRPTv1; rua=mailto:r@example.com\"\n_smtp._tls TXT \"x\"\n")
        .valid("TLS-RPT text at _tls alone", APEX + "_tls TXT \"v=TLSRPTv1; rua=foo\"\n")
        .valid(
            "below a delegation the data is occluded",
            APEX + "sub NS ns.example.net.\n_smtp._tls.sub TXT \"v=TLSRPTv1; rua=foo\"\n")
        .valid(
            "CNAME to a reporting provider", APEX + "_smtp._tls CNAME tlsrpt.provider.example.\n")
        .invalid(
            "the peers' case: rua is not a URI",
            APEX + "_smtp._tls TXT \"v=TLSRPTv1; rua=foo\"\n",
            expect(8, 1, RULE))
        .invalid("no rua", APEX + "_smtp._tls TXT \"v=TLSRPTv1\"\n", expect(8, RULE))
        .invalid(
            "http is not allowed, after $ORIGIN",
            APEX
                + "$ORIGIN _tls.example.com.\n_smtp TXT \"v=TLSRPTv1; rua=http://r.example.com/\"\n",
            expect(9, RULE))
        .invalid(
            "address without mailto:, blank owner",
            APEX + "_smtp._tls TXT \"x\"\n           TXT \"v=TLSRPTv1; rua=tls@example.com\"\n",
            expect(9, 12, RULE))
        .invalid(
            "two records: senders ignore both",
            APEX
                + "_smtp._tls TXT \"v=TLSRPTv1; rua=mailto:a@example.com\"\n"
                + "_smtp._tls TXT \"v=TLSRPTv1; rua=mailto:b@example.com\"\n",
            expect(8, RULE))
        .invalid(
            "two bad addresses give two findings",
            APEX + "_smtp._tls TXT \"v=TLSRPTv1; rua=foo,ftp://x.example\"\n",
            expect(8, RULE),
            expect(8, RULE))
        .stream();
  }

  @Test
  void messageSaysWhatSendersDo() {
    List<Diagnostic> d =
        MailTesting.run(new TlsRptSyntax(), APEX + "_smtp._tls TXT \"v=TLSRPTv1; rua=foo\"\n");
    String m = d.get(0).message();
    assertTrue(m.startsWith("'foo' is neither a mailto: nor an https: URI"), m);
    assertTrue(m.endsWith("senders ignore the record and send no TLS reports"), m);
  }
}
