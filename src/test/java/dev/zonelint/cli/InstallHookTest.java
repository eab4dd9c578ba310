package dev.zonelint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zonelint.cli.MainTest.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code zonelint install-hook}, and the hook it writes run by a real {@code git commit}. */
class InstallHookTest {
  @TempDir Path dir;
  private GitFixture repo;
  private Path hook;

  private static final String ZONE =
      """
      $ORIGIN example.com.
      $TTL 3600
      @    SOA  ns1 hostmaster 1 7200 3600 1209600 3600
      @    NS   ns1
      @    NS   ns2
      ns1  A    192.0.2.1
      ns2  A    192.0.2.2
      """;

  @BeforeEach
  void repository() throws IOException {
    repo = new GitFixture(dir.resolve("repo"));
    hook = repo.top().resolve(".git/hooks/pre-commit");
  }

  /** This test JVM's zonelint as the hook's command, quoted for the shell. */
  private static String zonelintCommand() {
    return String.join(
        " ",
        List.of(
            "'" + Path.of(System.getProperty("java.home"), "bin", "java") + "'",
            "-cp",
            "'" + System.getProperty("java.class.path") + "'",
            Main.class.getName()));
  }

  @Test
  void writesAnExecutableHookThatBlocksABadCommit() throws IOException {
    Run r = repo.zonelint("install-hook", "--command", zonelintCommand());
    assertEquals(0, r.exit(), r.err());
    assertEquals("installed " + hook + "\n", r.out());
    assertTrue(Files.getPosixFilePermissions(hook).contains(PosixFilePermission.OWNER_EXECUTE));

    repo.write("db.example.com", ZONE).git("add", "-A");
    repo.git("commit", "-q", "-m", "first");
    repo.write("db.example.com", ZONE + "www A 192.0.2.10\n").git("add", "-A");
    Run blocked = GitFixture.exec(List.of("git", "commit", "-q", "-m", "no serial"), repo.top());
    assertEquals(1, blocked.exit(), blocked.out() + blocked.err());
    // git shows a hook's output on its standard error.
    assertTrue(blocked.err().contains("error[soa-serial-not-increased]"), blocked.err());

    repo.write("db.example.com", ZONE.replace(" 1 7200", " 2 7200") + "www A 192.0.2.10\n")
        .git("add", "-A");
    repo.git("commit", "-q", "-m", "serial raised");
  }

  @Test
  void replacesItsOwnHookButNotAForeignOneUnlessForced() throws IOException {
    assertEquals(0, repo.zonelint("install-hook").exit());
    assertEquals(0, repo.zonelint("install-hook", "--command", "/opt/zonelint/zonelint").exit());
    assertTrue(Files.readString(hook).contains("exec /opt/zonelint/zonelint check --staged\n"));

    Files.writeString(hook, "#!/bin/sh\nmake lint\n");
    Run refused = repo.zonelint("install-hook");
    assertEquals(2, refused.exit());
    assertTrue(refused.err().contains("was not written by zonelint; add --force"), refused.err());
    assertEquals("#!/bin/sh\nmake lint\n", Files.readString(hook));

    assertEquals(0, repo.zonelint("install-hook", "--force").exit());
    assertTrue(Files.readString(hook).contains(InstallHookCommand.MARKER));
  }

  @Test
  void followsCoreHooksPath() throws IOException {
    repo.git("config", "core.hooksPath", "ci/hooks");
    assertEquals(0, repo.zonelint("install-hook").exit());
    assertTrue(Files.isExecutable(repo.top().resolve("ci/hooks/pre-commit")));
  }

  @Test
  void outsideARepositoryIsAUsageError() throws IOException {
    Run r = GitFixture.zonelint(dir, "install-hook");
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("not in a git working tree"), r.err());
  }
}
