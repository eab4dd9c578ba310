package dev.zonelint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zonelint.cli.MainTest.Run;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check --staged} and {@code check --since} on a git repository built per test. */
class GitCheckTest {
  @TempDir Path dir;
  private GitFixture repo;

  private static final String ZONE = "zones/example.com.zone";

  private static String zone(int serial, String extra) {
    return """
        $ORIGIN example.com.
        $TTL 3600
        @    SOA  ns1 hostmaster %d 7200 3600 1209600 3600
        @    NS   ns1
        @    NS   ns2
        ns1  A    192.0.2.1
        ns2  A    192.0.2.2
        """
            .formatted(serial)
        + extra;
  }

  @BeforeEach
  void committedZone() throws IOException {
    repo = new GitFixture(dir.resolve("repo"));
    repo.write(ZONE, zone(1, "")).write("README", "zones\n");
    repo.git("add", "-A");
    repo.git("commit", "-q", "-m", "first");
  }

  @Test
  void stagedChangeWithoutNewSerialFails() throws IOException {
    repo.write(ZONE, zone(1, "www A 192.0.2.10\n")).git("add", ZONE);
    Run r = repo.zonelint("check", "--staged");
    assertEquals(1, r.exit(), r.out() + r.err());
    assertTrue(r.out().contains(ZONE + ":3:1: error[soa-serial-not-increased]: "), r.out());
    assertTrue(
        r.out().contains("HEAD:" + ZONE + ":3:1: note: the previous version's SOA"), r.out());
  }

  @Test
  void stagedChangeWithNewSerialPasses() throws IOException {
    repo.write(ZONE, zone(2, "www A 192.0.2.10\n")).git("add", ZONE);
    Run r = repo.zonelint("check", "--staged");
    assertEquals(0, r.exit(), r.out() + r.err());
    assertTrue(r.out().contains("no problems (1 file, 6 records)"), r.out());
  }

  @Test
  void checksTheStagedContentNotTheWorkingTree() throws IOException {
    repo.write(ZONE, zone(2, "www A 192.0.2.10\n")).git("add", ZONE);
    // Unstaged edits: a serial that went back and a CNAME beside other data.
    repo.write(ZONE, zone(1, "www A 192.0.2.10\nwww CNAME x.example.net.\n"));
    assertEquals(0, repo.zonelint("check", "--staged").exit());

    repo.git("add", ZONE);
    Run r = repo.zonelint("check", "--staged");
    assertTrue(r.out().contains("soa-serial-not-increased"), r.out());
    assertTrue(r.out().contains("cname-and-other-data"), r.out());
  }

  @Test
  void includedFilesAreReadAtEachVersion() throws IOException {
    repo.write(ZONE, zone(1, "$INCLUDE hosts.inc\n"))
        .write("zones/hosts.inc", "www A 192.0.2.10\n");
    repo.git("add", "-A");
    repo.git("commit", "-q", "-m", "hosts in their own file");
    // Only the included file's records change; HEAD's zone must be read with HEAD's include.
    repo.write(ZONE, zone(1, "$INCLUDE hosts.inc ; web hosts\n"))
        .write("zones/hosts.inc", "www A 192.0.2.10\napi A 192.0.2.11\n")
        .git("add", "-A");
    // An unstaged edit of the include is not what will be committed.
    repo.write("zones/hosts.inc", "www A 192.0.2.10\napi A 192.0.2.11\napi CNAME x.example.\n");
    Run r = repo.zonelint("check", "--staged");
    assertEquals(1, r.exit(), r.out() + r.err());
    assertTrue(r.out().contains("soa-serial-not-increased"), r.out());
    assertFalse(r.out().contains("cname-and-other-data"), r.out());
  }

  @Test
  void newZoneIsCheckedWithoutSerialComparisonAndOtherFilesAreIgnored() throws IOException {
    repo.write("zones/db.example.org", zone(1, "").replace("example.com.", "example.org."))
        .write("notes.txt", "not a zone\n")
        .git("add", "-A");
    Run r = repo.zonelint("check", "--staged", "--format", "json");
    assertEquals(0, r.exit(), r.out() + r.err());
    assertTrue(r.out().contains("\"zones/db.example.org\""), r.out());
    assertFalse(r.out().contains("notes.txt"), r.out());
  }

  @Test
  void nothingStagedIsClean() throws IOException {
    Run r = repo.zonelint("check", "--staged");
    assertEquals(0, r.exit(), r.out() + r.err());
  }

  @Test
  void pathsAreShownRelativeToTheWorkingDirectory() throws IOException {
    repo.write(ZONE, zone(1, "www A 192.0.2.10\n")).git("add", ZONE);
    Run r = GitFixture.zonelint(repo.top().resolve("zones"), "check", "--staged");
    assertTrue(
        r.out().startsWith("example.com.zone:3:1: error[soa-serial-not-increased]"), r.out());
  }

  @Test
  void beforeTheFirstCommit() throws IOException {
    GitFixture fresh = new GitFixture(dir.resolve("fresh"));
    fresh.write(ZONE, zone(1, "")).git("add", "-A");
    Run r = fresh.zonelint("check", "--staged");
    assertEquals(0, r.exit(), r.out() + r.err());
    assertTrue(r.out().contains("1 file"), r.out());
  }

  @Test
  void sinceComparesTheBranchWithItsMergeBase() throws IOException {
    repo.git("checkout", "-q", "-b", "feature");
    repo.write(ZONE, zone(1, "www A 192.0.2.10\n")).git("commit", "-q", "-am", "add www");
    repo.write(ZONE, zone(1, "www A 192.0.2.10\nftp A 192.0.2.11\n"))
        .git("commit", "-q", "-am", "add ftp");
    Run r = repo.zonelint("check", "--since", "main");
    assertEquals(1, r.exit(), r.out() + r.err());
    assertTrue(r.out().contains(ZONE + ":3:1: error[soa-serial-not-increased]"), r.out());

    repo.write(ZONE, zone(3, "www A 192.0.2.10\nftp A 192.0.2.11\n"))
        .git("commit", "-q", "-am", "serial");
    assertEquals(0, repo.zonelint("check", "--since", "main").exit());
  }

  @Test
  void usageErrors() throws IOException {
    Run unknownRev = repo.zonelint("check", "--since", "no-such-branch");
    assertEquals(2, unknownRev.exit());
    assertTrue(unknownRev.err().startsWith("zonelint: "), unknownRev.err());

    Run both = repo.zonelint("check", "--staged", "zones");
    assertEquals(2, both.exit());
    assertTrue(both.err().contains("no FILE|DIR"), both.err());

    Run outside = GitFixture.zonelint(dir, "check", "--staged");
    assertEquals(2, outside.exit());
    assertTrue(outside.err().contains("is not in a git working tree"), outside.err());
  }
}
