package dev.zonelint.fix;

import dev.zonelint.zone.Zone;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The original bytes of a zone's files, which fixes are edits on. */
public interface SourceFiles {
  /** The bytes of file {@code index} of the zone, as the parser read them. */
  byte[] bytes(int index) throws IOException;

  /**
   * The files of a zone parsed from {@code topLevel} with that path as its display path: included
   * files are named by display paths that resolve from the working folder.
   */
  static SourceFiles onDisk(Zone zone, Path topLevel) {
    List<String> names = zone.files();
    Map<Integer, byte[]> cache = new HashMap<>();
    return index -> {
      byte[] cached = cache.get(index);
      if (cached == null) {
        cached = Files.readAllBytes(index == 0 ? topLevel : Path.of(names.get(index)));
        cache.put(index, cached);
      }
      return cached;
    };
  }

  /** Files held in memory, by index. */
  static SourceFiles of(Map<Integer, byte[]> files) {
    Map<Integer, byte[]> copy = Map.copyOf(files);
    return index -> {
      byte[] b = copy.get(index);
      if (b == null) {
        throw new IOException("no text for file " + index);
      }
      return b;
    };
  }
}
