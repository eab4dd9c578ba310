package dev.zonelint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.zonelint.check.RuleRegistry;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** {@code check --format sarif|junit|github|gitlab} end to end. */
class CiFormatsTest {
  @TempDir Path dir;

  private static final String ZONE =
      """
      $TTL 300
      @ SOA ns1 hm 1 7200 3600 1209600 300
      @ NS ns1
      ns1 A 192.0.2.1
      www CNAME x.example.net.
      www TXT "v=spf1 -all"
      """;

  private MainTest.Run check(String format) throws IOException {
    Path p = dir.resolve("example.com.zone");
    Files.writeString(p, ZONE);
    return MainTest.run("check", "--format", format, p.toString());
  }

  @Test
  void sarifIsValidAgainstTheOfficialSchema() throws Exception {
    MainTest.Run r = check("sarif");
    assertEquals(1, r.exit(), r.err());
    Schema schema = sarifSchema();
    assertEquals(List.of(), schema.validate(r.out(), InputFormat.JSON), r.out());
    // The validator does look: a level SARIF does not know is refused.
    String broken = r.out().replace("\"level\" : \"error\"", "\"level\" : \"fatal\"");
    assertTrue(!schema.validate(broken, InputFormat.JSON).isEmpty());
  }

  private static Schema sarifSchema() throws IOException {
    try (InputStream schemaText =
        CiFormatsTest.class.getResourceAsStream("/dev/zonelint/report/sarif-schema-2.1.0.json")) {
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(schemaText);
    }
  }

  @Test
  void sarifCarriesTheFixersOfferAsByteReplacements() throws IOException {
    JsonNode result =
        new ObjectMapper().readTree(check("sarif").out()).path("runs").path(0).path("results");
    JsonNode fix = result.path(0).path("fixes").path(0);
    assertEquals("split-mail", fix.path("properties").path("strategy").asText(), fix.toString());
    assertEquals("unsafe", fix.path("properties").path("safety").asText());
    JsonNode change = fix.path("artifactChanges").path(0);
    assertTrue(change.path("artifactLocation").path("uri").asText().endsWith("/example.com.zone"));
    JsonNode replacement = change.path("replacements").path(0);
    // The SPF TXT's owner 'www' becomes 'mail.www'.
    assertEquals(
        ZONE.indexOf("www TXT"), replacement.path("deletedRegion").path("byteOffset").asInt());
    assertEquals(4, replacement.path("deletedRegion").path("byteLength").asInt());
    assertEquals("mail.www ", replacement.path("insertedContent").path("text").asText());
  }

  @Test
  void sarifListsEveryRuleAndPointsResultsAtThem() throws IOException {
    JsonNode run = new ObjectMapper().readTree(check("sarif").out()).path("runs").path(0);
    JsonNode rules = run.path("tool").path("driver").path("rules");
    assertEquals(RuleRegistry.builtIn().rules().size(), rules.size());
    for (JsonNode rule : rules) {
      assertTrue(rule.path("help").path("markdown").asText().startsWith("# "), rule.toString());
      assertTrue(rule.path("helpUri").asText().endsWith(rule.path("id").asText() + ".md"));
    }
    JsonNode result = run.path("results").path(0);
    assertEquals("cname-and-other-data", result.path("ruleId").asText());
    assertEquals(
        "cname-and-other-data", rules.path(result.path("ruleIndex").asInt()).path("id").asText());
    assertEquals(
        5,
        result
            .path("relatedLocations")
            .path(0)
            .path("physicalLocation")
            .path("region")
            .path("startLine")
            .asInt());
  }

  @Test
  void junitIsWellFormedWithOneFailurePerFinding() throws Exception {
    MainTest.Run r = check("junit");
    assertEquals(1, r.exit(), r.err());
    Document doc =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(r.out().getBytes(StandardCharsets.UTF_8)));
    assertEquals(1, doc.getElementsByTagName("testsuite").getLength());
    assertEquals(1, doc.getElementsByTagName("failure").getLength());
    assertTrue(doc.getElementsByTagName("testcase").getLength() > 40, "one per rule that ran");
  }

  @Test
  void githubWritesOneWorkflowCommandPerFinding() throws IOException {
    MainTest.Run r = check("github");
    assertEquals(1, r.exit(), r.err());
    List<String> lines = r.out().lines().toList();
    assertEquals(1, lines.size(), r.out());
    assertTrue(lines.get(0).startsWith("::error file="), r.out());
    assertTrue(lines.get(0).contains(",line=6,col=1,title=cname-and-other-data::"), r.out());
  }

  @Test
  void gitlabWritesCodeQualityIssues() throws IOException {
    JsonNode issues = new ObjectMapper().readTree(check("gitlab").out());
    assertEquals(1, issues.size());
    assertEquals("cname-and-other-data", issues.get(0).path("check_name").asText());
    assertEquals("critical", issues.get(0).path("severity").asText());
    assertEquals(6, issues.get(0).path("location").path("lines").path("begin").asInt());
  }
}
