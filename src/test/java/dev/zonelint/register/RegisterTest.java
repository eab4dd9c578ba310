package dev.zonelint.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xbill.DNS.Name;

class RegisterTest {

  @Test
  void readsRowsWithHeaderCommentsQuotesAndLines() throws IOException {
    Register r =
        Register.parse(
            """
            Name,Owner,Service
            # infrastructure
            ns1.example.com,infra,DNS

            "www.example.com.", "web, marketing" ,"site"
            mail.example.com,ops
            """,
            "reg.csv");
    assertEquals(
        List.of(
            new Register.Entry(Name.fromConstantString("ns1.example.com."), "infra", "DNS", 3),
            new Register.Entry(
                Name.fromConstantString("www.example.com."), "web, marketing", "site", 5),
            new Register.Entry(Name.fromConstantString("mail.example.com."), "ops", "", 6)),
        r.entries());
    assertEquals(1, r.find(Name.fromConstantString("WWW.EXAMPLE.COM.")).size());
  }

  @Test
  void badRowsNameTheirLine() {
    IOException tooWide =
        assertThrows(IOException.class, () -> Register.parse("a.example,b\nx,y,z,w\n", "r.csv"));
    assertEquals("r.csv:2: expected name,owner[,service], got 4 columns", tooWide.getMessage());
    IOException badName =
        assertThrows(IOException.class, () -> Register.parse("a..example,b\n", "r.csv"));
    assertEquals("r.csv:1: 'a..example' is not a domain name", badName.getMessage());
    assertThrows(IOException.class, () -> Register.parse("\"unclosed,b\n", "r.csv"));
  }
}
