package dev.zonelint.report;

import dev.zonelint.diag.Diagnostic;
import dev.zonelint.lint.FileReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * JUnit XML for Jenkins and GitLab test reports: one {@code <testsuite>} per zone file, one {@code
 * <testcase>} per rule that ran on it, one {@code <failure>} per finding. Built with the JDK's DOM
 * and serializer, so every name and message is escaped correctly.
 */
public final class JunitReporter implements Reporter {
  private final List<String> rulesRun;
  private final RepoPaths paths;

  /**
   * @param rulesRun the ids of the rules that ran, in the order the report lists them
   */
  public JunitReporter(List<String> rulesRun, RepoPaths paths) {
    this.rulesRun = List.copyOf(rulesRun);
    this.paths = paths;
  }

  @Override
  public void report(List<FileReport> files, PrintWriter out) throws IOException {
    try {
      Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
      Element suites = doc.createElement("testsuites");
      suites.setAttribute("name", "zonelint");
      doc.appendChild(suites);
      int tests = 0;
      int failures = 0;
      for (FileReport f : files) {
        Element suite = suite(doc, f);
        suites.appendChild(suite);
        tests += Integer.parseInt(suite.getAttribute("tests"));
        failures += Integer.parseInt(suite.getAttribute("failures"));
      }
      suites.setAttribute("tests", Integer.toString(tests));
      suites.setAttribute("failures", Integer.toString(failures));
      write(doc, out);
    } catch (ParserConfigurationException | TransformerException e) {
      throw new IOException("cannot write JUnit XML: " + e.getMessage(), e);
    }
    out.flush();
  }

  private Element suite(Document doc, FileReport f) {
    String path = paths.relative(f.path());
    Map<String, List<Diagnostic>> byRule = new LinkedHashMap<>();
    for (String id : rulesRun) {
      byRule.put(id, new ArrayList<>());
    }
    for (Diagnostic d : f.diagnostics()) {
      byRule.computeIfAbsent(d.rule(), k -> new ArrayList<>()).add(d);
    }
    Element suite = doc.createElement("testsuite");
    suite.setAttribute("name", path);
    int failures = 0;
    for (Map.Entry<String, List<Diagnostic>> e : byRule.entrySet()) {
      Element testcase = doc.createElement("testcase");
      testcase.setAttribute("name", e.getKey());
      testcase.setAttribute("classname", path);
      for (Diagnostic d : e.getValue()) {
        testcase.appendChild(failure(doc, d));
        failures++;
      }
      suite.appendChild(testcase);
    }
    suite.setAttribute("tests", Integer.toString(byRule.size()));
    suite.setAttribute("failures", Integer.toString(failures));
    suite.setAttribute("errors", "0");
    suite.setAttribute("skipped", "0");
    return suite;
  }

  private Element failure(Document doc, Diagnostic d) {
    Element failure = doc.createElement("failure");
    failure.setAttribute("type", d.severity().label());
    failure.setAttribute("message", d.message());
    StringBuilder body = new StringBuilder();
    body.append(paths.relative(d.location().path()))
        .append(':')
        .append(d.location().line())
        .append(':')
        .append(d.location().column())
        .append(": ")
        .append(d.severity().label())
        .append('[')
        .append(d.rule())
        .append("]: ")
        .append(d.message());
    if (!d.help().isEmpty()) {
      body.append("\nhelp: ").append(d.help());
    }
    body.append("\nsee `zonelint explain ").append(d.rule()).append('`');
    failure.setTextContent(body.toString());
    return failure;
  }

  private static void write(Document doc, PrintWriter out) throws TransformerException {
    TransformerFactory factory = TransformerFactory.newInstance();
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
    Transformer t = factory.newTransformer();
    // The JDK serializer puts the root element on the declaration's line; write it ourselves.
    t.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
    t.setOutputProperty(OutputKeys.INDENT, "yes");
    t.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
    out.println("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    t.transform(new DOMSource(doc), new StreamResult(out));
  }
}
