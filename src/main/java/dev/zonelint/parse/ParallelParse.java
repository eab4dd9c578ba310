package dev.zonelint.parse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.xbill.DNS.Name;

/**
 * Parses a large zone file in two parts at once, for exactly the result of one pass. The second
 * part starts at a line near the middle that opens an entry with an owner name, from the origin and
 * {@code $TTL} that the directive lines before it leave ({@link SplitPoint}), into a zone builder
 * of its own that is appended to the first part's. When the first part ends in another state than
 * the second assumed (an SOA set the origin, a TTL or class was inherited across the split, a
 * parenthesis spans it) or the record limit is reached, the file is parsed again in one pass:
 * always correct, and faster for the large generated, signed and exported zones, whose records do
 * not lean on the ones before them. A file without a split point is read whole by the first part.
 */
final class ParallelParse {
  /** Smaller files parse in a fraction of a second: a second thread is not worth starting. */
  static final long MIN_BYTES = 4L << 20;

  private ParallelParse() {}

  /** The parsed file, or null when it is better (or only correctly) parsed in one pass. */
  static ParseResult parse(Path file, ParseOptions options) {
    if (Runtime.getRuntime().availableProcessors() < 2) {
      return null;
    }
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = channel.size();
      return size < MIN_BYTES ? null : parse(file, options, channel, size / 2);
    } catch (IOException | UncheckedIOException e) {
      // Whatever went wrong, the one-pass parse reports it in its own words.
      return null;
    }
  }

  /** {@link #parse(Path, ParseOptions)} split at the first line it can from {@code target} on. */
  static ParseResult parseSplitNear(Path file, ParseOptions options, long target) {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      return parse(file, options, channel, target);
    } catch (IOException | UncheckedIOException e) {
      // Whatever went wrong, the one-pass parse reports it in its own words.
      return null;
    }
  }

  /**
   * The first part is read on this thread from the start, while the other thread looks for the
   * split point and then reads the second part: the point is at or after {@code target}, so the
   * first part reads the bytes before that without waiting for it (the search reads half the file,
   * 40-80 ms on large zones that one core spent alone). Without a split point the first part reads
   * the whole file: that is the one pass.
   */
  private static ParseResult parse(
      Path file, ParseOptions options, FileChannel channel, long target) throws IOException {
    Name origin = options.origin() != null ? options.origin() : FileOrigin.guess(file);
    String display = options.displayPath();
    long size = channel.size();
    CompletableFuture<SplitPoint> splitFound = new CompletableFuture<>();
    ExecutorService second = Executors.newSingleThreadExecutor();
    try {
      CompletableFuture<ZoneParser> part =
          CompletableFuture.supplyAsync(
              () -> {
                SplitPoint split = null;
                try {
                  split = SplitPoint.find(channel, target, origin);
                } catch (IOException | RuntimeException e) {
                  // No split: the first part reads on and meets the problem itself.
                } finally {
                  splitFound.complete(split);
                }
                return split == null ? null : readSecondPart(file, options, channel, split, size);
              },
              second);

      // The first part's zone takes in the second's names: room for the whole file's.
      ZoneParser first = ZoneParser.main(options, expectedNames(estimatedLines(channel), size));
      first.start(file);
      int fileIndex = first.registerFile(display);
      Lexer lexer = new Lexer(new FirstPart(channel, target, splitFound, size));
      boolean recordSeen =
          first.readEntries(
              lexer,
              file,
              display,
              fileIndex,
              false,
              () -> splitFound.join() == null ? 0 : splitFound.join().line());
      SplitPoint split = splitFound.join();
      if (split == null) {
        return first.finish();
      }
      if (lexer.endedInsideParentheses()) {
        part.cancel(true);
        return null;
      }
      ZoneParser rest;
      try {
        rest = part.join();
      } catch (CompletionException e) {
        return null;
      }
      if (!first.continuesInto(split.state(), recordSeen, rest)
          || first.zone().recordCount() + rest.zone().recordCount() > options.maxRecords()
          || first.zone().fileCount() != 1
          || rest.zone().fileCount() != 1) {
        // Included files would need their indices renumbered: rare in large files, so one pass.
        return null;
      }
      first.zone().append(rest.zone());
      first.append(rest);
      return first.finish();
    } finally {
      second.shutdownNow();
    }
  }

  private static ZoneParser readSecondPart(
      Path file, ParseOptions options, FileChannel channel, SplitPoint split, long size) {
    ZoneParser parser =
        ZoneParser.chunk(
            options, file, split.state(), expectedNames(split.line(), size - split.offset()));
    try {
      parser.readEntries(
          new Lexer(new Range(channel, split.offset(), size), split.offset(), split.line()),
          file,
          options.displayPath(),
          parser.registerFile(options.displayPath()),
          true,
          () -> 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return parser;
  }

  /** Bytes sampled at the file's start to estimate its lines before the split is known. */
  private static final int SAMPLE = 1 << 20;

  /** The file's lines, estimated from its first megabyte: they size the first part's zone. */
  private static long estimatedLines(FileChannel channel) throws IOException {
    long size = channel.size();
    ByteBuffer sample = ByteBuffer.allocate((int) Math.min(size, SAMPLE));
    int read = 0;
    for (int n; sample.hasRemaining() && (n = channel.read(sample, read)) > 0; ) {
      read += n;
    }
    byte[] bytes = sample.array();
    long lines = 1;
    for (int i = 0; i < read; i++) {
      if (bytes[i] == '\n') {
        lines++;
      }
    }
    return read == 0 ? 0 : lines * size / read;
  }

  /**
   * About how many owner names {@code lines} lines of a file hold: generated and exported zones
   * write about three names every four lines, signed ones fewer (one line per record, a few records
   * per name). Never more than one per 12 bytes, the shortest record line, however many lines.
   */
  private static int expectedNames(long lines, long bytes) {
    return (int) Math.min(Integer.MAX_VALUE, Math.min(lines * 3 / 4, bytes / 12));
  }

  /** Bytes {@code from} to {@code to} of a file, read with positional reads (thread-safe). */
  private static class Range extends InputStream {
    private final FileChannel channel;
    private long position;
    private final long end;

    Range(FileChannel channel, long from, long to) {
      this.channel = channel;
      this.position = from;
      this.end = to;
    }

    /** Where reading stops, for a read from {@code position} on. */
    long end(long position) {
      return end;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      long limit = end(position);
      if (position >= limit) {
        return -1;
      }
      int n =
          channel.read(ByteBuffer.wrap(b, off, (int) Math.min(len, limit - position)), position);
      if (n > 0) {
        position += n;
      }
      return n;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) <= 0 ? -1 : one[0] & 0xFF;
    }
  }

  /**
   * The first part's bytes: from the file's start up to the split point, which another thread is
   * looking for meanwhile; only bytes from {@code target} on wait for it. Without a split point, up
   * to the end of the file.
   */
  private static final class FirstPart extends Range {
    private final long target;
    private final CompletableFuture<SplitPoint> split;
    private long end = -1;

    FirstPart(FileChannel channel, long target, CompletableFuture<SplitPoint> split, long size) {
      super(channel, 0, size);
      this.target = target;
      this.split = split;
    }

    @Override
    long end(long position) {
      if (end < 0 && position >= target) {
        SplitPoint found = split.join();
        end = found == null ? super.end(position) : found.offset();
      }
      return end >= 0 ? end : target;
    }
  }
}
