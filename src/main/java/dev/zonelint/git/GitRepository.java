package dev.zonelint.git;

import dev.zonelint.parse.IncludeSource;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** A git working tree, read through the {@code git} command. Paths are relative to its top. */
public final class GitRepository {
  private final Path top;

  private GitRepository(Path top) {
    this.top = top;
  }

  /**
   * The repository whose working tree contains {@code dir}.
   *
   * @throws IOException if git is missing or {@code dir} is not in a working tree
   */
  public static GitRepository containing(Path dir) throws IOException {
    Result r = run(dir, "rev-parse", "--show-toplevel");
    if (r.exit != 0) {
      throw new IOException("'" + dir.toAbsolutePath() + "' is not in a git working tree");
    }
    return new GitRepository(Path.of(r.text().strip()));
  }

  public Path top() {
    return top;
  }

  /**
   * Files added, copied or modified in the index against HEAD (all staged files before the first
   * commit).
   */
  public List<String> stagedFiles() throws IOException {
    return names(git("diff", "--cached", "--name-only", "-z", "--no-renames", "--diff-filter=ACM"));
  }

  /** Files added, copied or modified in the working tree against {@code commit}. */
  public List<String> changedSince(String commit) throws IOException {
    return names(
        git("diff", "--name-only", "-z", "--no-renames", "--diff-filter=ACM", commit, "--"));
  }

  /** The commit where HEAD's history and {@code rev}'s meet, as a full hash. */
  public String mergeBase(String rev) throws IOException {
    Result r = run(top, "merge-base", "--", rev, "HEAD");
    if (r.exit != 0) {
      throw new IOException("no common history of '" + rev + "' and HEAD: " + r.error.strip());
    }
    return r.text().strip();
  }

  /** The folder git runs hooks from (core.hooksPath or .git/hooks, also in linked worktrees). */
  public Path hooksDirectory() throws IOException {
    return top.resolve(
        new String(git("rev-parse", "--git-path", "hooks"), StandardCharsets.UTF_8).strip());
  }

  /** Whether HEAD names a commit (not in a fresh repository before its first commit). */
  public boolean hasHead() throws IOException {
    return run(top, "rev-parse", "--verify", "--quiet", "HEAD^{commit}").exit == 0;
  }

  /**
   * A file's content at a revision ({@code HEAD}, a commit hash) or, with an empty {@code rev}, in
   * the index; null if it does not exist there.
   */
  public byte[] content(String rev, String path) throws IOException {
    String object = rev + ":" + path;
    if (run(top, "cat-file", "-e", object).exit != 0) {
      return null;
    }
    return git("cat-file", "blob", object);
  }

  /**
   * Reads files as they are at {@code rev} ({@code HEAD}, a commit, or "" for the index), for the
   * {@code $INCLUDE}s of a zone checked at that version; files outside the repository from disk.
   */
  public IncludeSource filesAt(String rev) throws IOException {
    Path realTop = top.toRealPath();
    return real -> {
      if (!real.startsWith(realTop)) {
        return IncludeSource.DISK.open(real);
      }
      String path = realTop.relativize(real).toString().replace(File.separatorChar, '/');
      byte[] bytes = content(rev, path);
      if (bytes == null) {
        throw new NoSuchFileException(path);
      }
      return new ByteArrayInputStream(bytes);
    };
  }

  private byte[] git(String... args) throws IOException {
    Result r = run(top, args);
    if (r.exit != 0) {
      throw new IOException("git " + args[0] + " failed: " + r.error.strip());
    }
    return r.out;
  }

  private static List<String> names(byte[] nulSeparated) {
    List<String> out = new ArrayList<>();
    for (String name : new String(nulSeparated, StandardCharsets.UTF_8).split("\0")) {
      if (!name.isEmpty()) {
        out.add(name);
      }
    }
    out.sort(null);
    return out;
  }

  /** What a git command printed and how it exited. */
  private static final class Result {
    final int exit;
    final byte[] out;
    final String error;

    Result(int exit, byte[] out, String error) {
      this.exit = exit;
      this.out = out;
      this.error = error;
    }

    String text() {
      return new String(out, StandardCharsets.UTF_8);
    }
  }

  private static Result run(Path dir, String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of("git", "-C", dir.toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    // Reading must never take the index lock a concurrent `git commit` holds.
    builder.environment().put("GIT_OPTIONAL_LOCKS", "0");
    Process process;
    try {
      process = builder.start();
      process.getOutputStream().close();
    } catch (IOException e) {
      throw new IOException("cannot run git: " + e.getMessage(), e);
    }
    CompletableFuture<byte[]> error =
        CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
    byte[] out;
    try (InputStream in = process.getInputStream()) {
      out = in.readAllBytes();
    }
    try {
      int exit = process.waitFor();
      return new Result(exit, out, new String(error.join(), StandardCharsets.UTF_8));
    } catch (InterruptedException e) {
      process.destroy();
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while running git", e);
    }
  }

  private static byte[] readAll(InputStream in) {
    try (in) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
