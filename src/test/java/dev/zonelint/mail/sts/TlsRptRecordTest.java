package dev.zonelint.mail.sts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class TlsRptRecordTest {

  private static List<Integer> columns(String text) {
    List<Integer> out = new ArrayList<>();
    for (StsIssue i : TlsRptRecord.parse(text).issues()) {
      out.add(i.column());
    }
    return out;
  }

  @TestFactory
  Stream<DynamicTest> valid() {
    return Stream.of(
            "v=TLSRPTv1;rua=mailto:reports@example.com", // RFC 8460 §3
            "v=TLSRPTv1; rua=https://reporting.example.com/v1/tlsrpt",
            "v=TLSRPTv1; rua=mailto:a@example.com , https://r.example.net:8443/x?y=1;",
            "v=TLSRPTv1; rua=mailto:tls@example.com?subject=tls; ext=1")
        .map(t -> DynamicTest.dynamicTest(t, () -> assertEquals(List.of(), columns(t))));
  }

  @TestFactory
  Stream<DynamicTest> invalid() {
    return Stream.of(
            new Object[] {"v=TLSRPTv1; rua=foo", List.of(13)}, // the peers' mtasts case
            new Object[] {"v=TLSRPTv1", List.of(1)},
            new Object[] {"v=TLSRPTv1; ext=1", List.of(1)},
            new Object[] {"v=tlsrptv1; rua=mailto:a@example.com", List.of(1)},
            new Object[] {"v=TLSRPTv1; rua=http://r.example.com/", List.of(13)},
            new Object[] {"v=TLSRPTv1; rua=tls@example.com", List.of(13)},
            new Object[] {"v=TLSRPTv1; rua=mailto:nobody", List.of(13)},
            new Object[] {"v=TLSRPTv1; rua=https:///path", List.of(13)},
            new Object[] {"v=TLSRPTv1; rua=mailto:a@example.com,", List.of(13)},
            new Object[] {
              "v=TLSRPTv1; rua=mailto:a@example.com; rua=mailto:b@example.com", List.of(39)
            },
            new Object[] {"v=TLSRPTv1 rua=mailto:a@example.com", List.of(11)})
        .map(
            row ->
                DynamicTest.dynamicTest(
                    (String) row[0], () -> assertEquals(row[1], columns((String) row[0]))));
  }

  @Test
  void addressesAndDetection() {
    assertEquals(
        List.of("mailto:a@example.com", "https://r.example.net/"),
        TlsRptRecord.parse("v=TLSRPTv1; rua=mailto:a@example.com, https://r.example.net/").rua());
    assertTrue(TlsRptRecord.isTlsRpt("v=TLSRPTv1; rua=mailto:a@example.com"));
    assertFalse(TlsRptRecord.isTlsRpt("v=TLSRPTv1"));
    assertFalse(TlsRptRecord.isTlsRpt("v=TLSRPTv10; rua=x"));
    assertTrue(TlsRptRecord.mentionsTlsRpt("rua=x; v=tlsrptv1"));
    assertFalse(TlsRptRecord.mentionsTlsRpt("v=STSv1; id=1"));
  }
}
