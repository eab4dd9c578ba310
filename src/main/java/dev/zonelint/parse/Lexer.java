package dev.zonelint.parse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Splits a master file into {@link Entry entries}. Works on a byte stream in fixed-size chunks, so
 * a file of any size is never held in memory whole; CR LF, lone CR and LF all end a line; a UTF-8
 * byte-order mark at the start is skipped. Never throws on content: problems are attached to the
 * entry they occur in.
 */
public final class Lexer {
  private static final int EOF = -1;

  private final InputStream in;
  private final byte[] buf = new byte[1 << 16];
  private int pos;
  private int limit;
  private long offset;
  private int line = 1;
  private int column = 1;
  private byte[] scratch = new byte[256];
  private final List<InlineComment.Raw> comments = new ArrayList<>(0);
  private boolean endedInsideParentheses;

  public Lexer(InputStream in) throws IOException {
    this.in = in;
    if (peek() == 0xEF) {
      skipByteOrderMark();
    }
  }

  /** A lexer for the part of a file that starts at a line start: {@code offset}, {@code line}. */
  Lexer(InputStream in, long offset, int line) {
    this.in = in;
    this.offset = offset;
    this.line = line;
  }

  /** Whether the input ended inside parentheses: its last entry was cut short. */
  boolean endedInsideParentheses() {
    return endedInsideParentheses;
  }

  private void skipByteOrderMark() throws IOException {
    fill(3);
    if (limit - pos >= 3 && (buf[pos + 1] & 0xFF) == 0xBB && (buf[pos + 2] & 0xFF) == 0xBF) {
      pos += 3;
      offset += 3;
    }
  }

  /** The next entry, or null at end of input. */
  public Entry next() throws IOException {
    while (true) {
      int first = peek();
      if (first == EOF) {
        return null;
      }
      long start = offset;
      boolean blankOwner = first == ' ' || first == '\t';
      List<Token> tokens = new ArrayList<>();
      List<Entry.LexProblem> problems = new ArrayList<>(0);
      readEntry(tokens, problems);
      if (!tokens.isEmpty() || !problems.isEmpty()) {
        return new Entry(tokens, blankOwner, start, offset, problems);
      }
    }
  }

  private void readEntry(List<Token> tokens, List<Entry.LexProblem> problems) throws IOException {
    int depth = 0;
    int openLine = 0;
    int openColumn = 0;
    while (true) {
      int c = peek();
      switch (c) {
        case EOF:
          if (depth > 0) {
            endedInsideParentheses = true;
            problems.add(
                new Entry.LexProblem(
                    openLine, openColumn, "'(' is never closed before end of file"));
          }
          return;
        case ' ':
        case '\t':
          read();
          break;
        case ';':
          skipComment();
          break;
        case '\n':
        case '\r':
          readNewline();
          if (depth == 0) {
            return;
          }
          break;
        case '(':
          if (depth == 0) {
            openLine = line;
            openColumn = column;
          }
          read();
          depth++;
          break;
        case ')':
          if (depth == 0) {
            problems.add(new Entry.LexProblem(line, column, "')' without a matching '('"));
          } else {
            depth--;
          }
          read();
          break;
        case '"':
          tokens.add(readQuoted(problems));
          break;
        default:
          tokens.add(readWord());
      }
    }
  }

  private Token readWord() throws IOException {
    int startLine = line;
    int startColumn = column;
    long startOffset = offset;
    int length = 0;
    while (true) {
      length = appendRun(length, PLAIN);
      int c = peek();
      if (c == EOF || isDelimiter(c)) {
        break;
      }
      read();
      length = append(length, c);
      if (c == '\\') {
        int escaped = peek();
        if (escaped == EOF || escaped == '\n' || escaped == '\r') {
          break;
        }
        read();
        length = append(length, escaped);
      }
    }
    return new Token(text(length), false, startLine, startColumn, startOffset);
  }

  private Token readQuoted(List<Entry.LexProblem> problems) throws IOException {
    int startLine = line;
    int startColumn = column;
    long startOffset = offset;
    read();
    int length = 0;
    while (true) {
      length = appendRun(length, QUOTED_PLAIN);
      int c = peek();
      if (c == EOF || c == '\n' || c == '\r') {
        problems.add(new Entry.LexProblem(startLine, startColumn, "quoted string is not closed"));
        break;
      }
      read();
      if (c == '"') {
        break;
      }
      length = append(length, c);
      if (c == '\\') {
        int escaped = peek();
        if (escaped != EOF && escaped != '\n' && escaped != '\r') {
          read();
          length = append(length, escaped);
        }
      }
    }
    return new Token(text(length), true, startLine, startColumn, startOffset);
  }

  /**
   * Copies the run of bytes marked in {@code plain} (printable ASCII that needs no thought) that
   * starts at the read position, all at once: a byte-at-a-time loop was most of the lexer's time.
   * Each such byte is one column; the caller deals with the byte that ends the run.
   */
  private int appendRun(int length, boolean[] plain) throws IOException {
    if (pos == limit && !refill()) {
      return length;
    }
    int start = pos;
    int end = start;
    while (end < limit && plain[buf[end] & 0xFF]) {
      end++;
    }
    int n = end - start;
    if (n == 0) {
      return length;
    }
    if (length + n > scratch.length) {
      scratch = Arrays.copyOf(scratch, Math.max(scratch.length * 2, length + n));
    }
    System.arraycopy(buf, start, scratch, length, n);
    pos = end;
    offset += n;
    column += n;
    return length + n;
  }

  /** Bytes that go into a word as they are: printable ASCII, no delimiter or backslash. */
  private static final boolean[] PLAIN = new boolean[256];

  /** Bytes that go into a quoted string as they are: printable ASCII, blanks, no '"' or '\\'. */
  private static final boolean[] QUOTED_PLAIN = new boolean[256];

  static {
    for (int c = 0x20; c < 0x7F; c++) {
      PLAIN[c] = !isDelimiter(c) && c != '\\';
      QUOTED_PLAIN[c] = c != '"' && c != '\\';
    }
    QUOTED_PLAIN['\t'] = true;
  }

  private static boolean isDelimiter(int c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ';' || c == '(' || c == ')'
        || c == '"';
  }

  /**
   * Skips a comment, keeping it only when it starts with {@code zonelint-} (after blanks): the one
   * byte compared per comment keeps ordinary comments free.
   */
  private void skipComment() throws IOException {
    int startLine = line;
    int startColumn = column;
    read();
    int c;
    while ((c = peek()) == ' ' || c == '\t') {
      read();
    }
    if (c == 'z') {
      int length = 0;
      while ((c = peek()) != EOF && c != '\n' && c != '\r') {
        length = append(length, read());
      }
      String text = text(length);
      if (text.startsWith(InlineComment.PREFIX)) {
        comments.add(new InlineComment.Raw(startLine, startColumn, text.strip()));
      }
      return;
    }
    skipToLineEnd();
  }

  /** Skips to the end of the line (an ordinary comment), a buffer at a time. */
  private void skipToLineEnd() throws IOException {
    while (pos < limit || refill()) {
      int end = pos;
      int columns = 0;
      while (end < limit && buf[end] != '\n' && buf[end] != '\r') {
        // UTF-8 continuation bytes take no column, as in read().
        columns += (buf[end] & 0xC0) != 0x80 ? 1 : 0;
        end++;
      }
      offset += end - pos;
      column += columns;
      pos = end;
      if (end < limit) {
        return;
      }
    }
  }

  /** The {@code zonelint-} comments read since the last call, in file order. */
  public List<InlineComment.Raw> takeComments() {
    if (comments.isEmpty()) {
      return List.of();
    }
    List<InlineComment.Raw> taken = List.copyOf(comments);
    comments.clear();
    return taken;
  }

  private void readNewline() throws IOException {
    int c = read();
    if (c == '\r' && peek() == '\n') {
      pos++;
      offset++;
    }
    line++;
    column = 1;
  }

  private int append(int length, int c) {
    if (length == scratch.length) {
      scratch = Arrays.copyOf(scratch, length * 2);
    }
    scratch[length] = (byte) c;
    return length + 1;
  }

  private String text(int length) {
    return new String(scratch, 0, length, StandardCharsets.ISO_8859_1);
  }

  private int peek() throws IOException {
    if (pos == limit && !refill()) {
      return EOF;
    }
    return buf[pos] & 0xFF;
  }

  /** Consumes one byte that {@link #peek} returned; newlines are consumed by readNewline. */
  private int read() throws IOException {
    int c = peek();
    pos++;
    offset++;
    // UTF-8 continuation bytes do not start a new code point, so they take no column.
    if ((c & 0xC0) != 0x80) {
      column++;
    }
    return c;
  }

  private boolean refill() throws IOException {
    pos = 0;
    limit = 0;
    int n = in.read(buf, 0, buf.length);
    if (n <= 0) {
      return false;
    }
    limit = n;
    return true;
  }

  private void fill(int want) throws IOException {
    if (limit - pos >= want) {
      return;
    }
    System.arraycopy(buf, pos, buf, 0, limit - pos);
    limit -= pos;
    pos = 0;
    while (limit < want) {
      int n = in.read(buf, limit, buf.length - limit);
      if (n <= 0) {
        return;
      }
      limit += n;
    }
  }
}
