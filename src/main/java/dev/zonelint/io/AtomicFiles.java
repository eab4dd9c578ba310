package dev.zonelint.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;

/**
 * Every file zonelint writes goes through here: the bytes go to a temporary file in the target's
 * folder, are forced to disk, and the temporary file is renamed over the target. A crash or kill at
 * any moment leaves either the old file or the new one, never a torn mix; the target keeps its
 * permissions. Leftover temporaries of a killed run share a recognisable prefix and are removed by
 * the next write to the same file.
 */
public final class AtomicFiles {
  static final String TEMP_PREFIX = ".zonelint-";
  static final String TEMP_SUFFIX = ".tmp";

  private AtomicFiles() {}

  /** Streams content into {@code target}; see the class comment for the guarantees. */
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  public static void write(Path target, byte[] bytes) throws IOException {
    write(target, out -> out.write(bytes));
  }

  public static void write(Path target, Content content) throws IOException {
    write(target, content, false);
  }

  /**
   * Like {@link #write(Path, byte[])}, and the file is executable by whoever may read it from the
   * moment it appears (scripts such as git hooks).
   */
  public static void writeExecutable(Path target, byte[] bytes) throws IOException {
    write(target, out -> out.write(bytes), true);
  }

  private static void write(Path target, Content content, boolean executable) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path folder = absolute.getParent();
    String stem = absolute.getFileName().toString();
    removeStaleTemporaries(folder, stem);
    Path temp = Files.createTempFile(folder, TEMP_PREFIX + stem + ".", TEMP_SUFFIX);
    try {
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
          OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16)) {
        content.writeTo(out);
        out.flush();
        channel.force(true);
      }
      copyPermissions(absolute, temp, executable);
      move(temp, absolute);
      forceFolder(folder);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(temp);
      throw e;
    }
  }

  /** Temporaries left by a run that was killed between create and rename. */
  private static void removeStaleTemporaries(Path folder, String stem) throws IOException {
    try (var entries = Files.newDirectoryStream(folder, TEMP_PREFIX + stem + ".*" + TEMP_SUFFIX)) {
      for (Path stale : entries) {
        Files.deleteIfExists(stale);
      }
    }
  }

  private static void copyPermissions(Path original, Path temp, boolean executable)
      throws IOException {
    PosixFileAttributeView view = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
    if (view == null) {
      return;
    }
    Set<PosixFilePermission> permissions =
        Files.exists(original)
            ? Files.getPosixFilePermissions(original)
            : Set.of(
                PosixFilePermission.OWNER_READ,
                PosixFilePermission.OWNER_WRITE,
                PosixFilePermission.GROUP_READ,
                PosixFilePermission.OTHERS_READ);
    if (executable) {
      permissions = EnumSet.copyOf(permissions);
      addExecute(permissions, PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_EXECUTE);
      addExecute(permissions, PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_EXECUTE);
      addExecute(permissions, PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_EXECUTE);
    }
    view.setPermissions(permissions);
  }

  private static void addExecute(
      Set<PosixFilePermission> permissions, PosixFilePermission read, PosixFilePermission execute) {
    if (permissions.contains(read)) {
      permissions.add(execute);
    }
  }

  private static void move(Path temp, Path target) throws IOException {
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException | FileAlreadyExistsException e) {
      // Some file systems (and Windows over an existing file) refuse an atomic replace.
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Makes the rename itself durable; not every platform lets a folder be opened for this. */
  private static void forceFolder(Path folder) {
    try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException e) {
      // The data is on disk; only the rename's durability depends on the platform.
    }
  }
}
