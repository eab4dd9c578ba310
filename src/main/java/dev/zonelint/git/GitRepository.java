package dev.zonelint.git;

import dev.zonelint.parse.IncludeSource;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
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
    Result r = run(dir, new byte[0], "rev-parse", "--show-toplevel");
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
    Result r = run(top, new byte[0], "merge-base", "--", rev, "HEAD");
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

  /**
   * A file's content at a revision ({@code HEAD}, a commit hash) or, with an empty {@code rev}, in
   * the index; null if it does not exist there (nor does the revision, as before a first commit).
   */
  public byte[] content(String rev, String path) throws IOException {
    return contents(List.of(rev + ":" + path)).get(0);
  }

  /**
   * The blobs {@code rev:path} names, in order, each null if it does not exist; one {@code git
   * cat-file --batch} for all of them, as starting git costs more than reading a zone file.
   */
  public List<byte[]> contents(List<String> objects) throws IOException {
    StringBuilder request = new StringBuilder();
    for (String object : objects) {
      if (object.indexOf('\n') >= 0) {
        throw new IOException("cannot read '" + object + "' from git: a line break in the name");
      }
      request.append(object).append('\n');
    }
    Result r = run(top, request.toString().getBytes(StandardCharsets.UTF_8), "cat-file", "--batch");
    if (r.exit != 0) {
      throw new IOException("git cat-file failed: " + r.error.strip());
    }
    return BatchOutput.blobs(r.out, objects.size());
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
    Result r = run(top, new byte[0], args);
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

  private static Result run(Path dir, byte[] input, String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of("git", "-C", dir.toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    // Reading must never take the index lock a concurrent `git commit` holds.
    builder.environment().put("GIT_OPTIONAL_LOCKS", "0");
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new IOException("cannot run git: " + e.getMessage(), e);
    }
    // Object names, small enough for the pipe's buffer: writing them all before reading any
    // answer cannot block. If git stopped early, its exit status and message say why.
    try (OutputStream in = process.getOutputStream()) {
      in.write(input);
    } catch (IOException stoppedEarly) {
      process.destroy();
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
