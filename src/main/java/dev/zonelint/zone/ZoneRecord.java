package dev.zonelint.zone;

import dev.zonelint.types.ExtraTypes;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.xbill.DNS.DNSInput;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.Type;
import org.xbill.DNS.WireParseException;

/**
 * One record as written in a zone file, with where it was written. RDATA is held in uncompressed
 * wire form with the original letter case; {@link #toDns()} decodes it through dnsjava on demand.
 * For a pseudo-record ({@link RecordKind}) {@code type} is the address type it stands for (A for
 * ALIAS/ANAME) and {@code rdata} is the wire form of the target name.
 */
public sealed class ZoneRecord permits ZoneRecord.WithExtra {
  /** Set when the owner was inherited from the previous record (blank owner field). */
  public static final int OWNER_INHERITED = 1;

  /** Set when the TTL was written on the record rather than inherited or defaulted. */
  public static final int TTL_EXPLICIT = 2;

  /** Set on records created by {@code $GENERATE}. */
  public static final int GENERATED = 4;

  private static final RecordKind[] KINDS = RecordKind.values();

  // Fields are packed (a million-record zone holds a million of these): 16-bit type, class and
  // file index, the TTL as an unsigned int, kind and flags in a byte each, the RDATA as a place in
  // the builder's arena and the span inlined with its end as a length: 56 bytes an object. The
  // Route 53 alias's extra text, on a few records at most, has a subclass of its own (a field for
  // it on every record made each 64 bytes).
  // Not final only so that joining the parts of a parsed file can hand a record to the node of
  // its name in the first part (moveTo): a copy of every such record was garbage.
  private Node node;
  private final byte[] arena;
  private final int rdataAt;
  private final int ttl;
  private final short type;
  private final short dclass;
  private final short file;
  private final byte kind;
  private final byte flags;
  private final int line;
  private final int column;
  private final long startOffset;
  private final int length;

  // The kind is packed as its ordinal, which KINDS (values(), same order) maps back.
  @SuppressWarnings("EnumOrdinal")
  ZoneRecord(
      Node node,
      RecordKind kind,
      int type,
      int dclass,
      long ttl,
      byte[] arena,
      int rdataAt,
      SourceSpan span,
      int flags) {
    this.node = node;
    this.kind = (byte) kind.ordinal();
    this.type = (short) type;
    this.dclass = (short) dclass;
    this.ttl = (int) ttl;
    this.arena = arena;
    this.rdataAt = rdataAt;
    this.file = (short) span.file();
    this.line = span.line();
    this.column = span.column();
    this.startOffset = span.startOffset();
    this.length = (int) Math.min(Integer.MAX_VALUE, span.endOffset() - span.startOffset());
    this.flags = (byte) flags;
  }

  /** This record with the extra text of a Route 53 alias ({@link #extra()}). */
  ZoneRecord withExtra(String extra) {
    return extra == null ? this : new WithExtra(this, extra);
  }

  /** A copy, for {@link WithExtra}. */
  private ZoneRecord(ZoneRecord other) {
    this.node = other.node;
    this.arena = other.arena;
    this.rdataAt = other.rdataAt;
    this.ttl = other.ttl;
    this.type = other.type;
    this.dclass = other.dclass;
    this.file = other.file;
    this.kind = other.kind;
    this.flags = other.flags;
    this.line = other.line;
    this.column = other.column;
    this.startOffset = other.startOffset;
    this.length = other.length;
  }

  /**
   * Puts this record at another node of the same name, when the builders of two parts of a file are
   * joined, before the zone is built: records are not changed after that.
   */
  void moveTo(Node other) {
    node = other;
  }

  public Node node() {
    return node;
  }

  public Name owner() {
    return node.name();
  }

  public RecordKind kind() {
    return KINDS[kind];
  }

  /** True for ALIAS, ANAME and Route 53 alias pseudo-records. */
  public boolean isPseudo() {
    return KINDS[kind] != RecordKind.DNS;
  }

  public int type() {
    return type & 0xFFFF;
  }

  public int dclass() {
    return dclass & 0xFFFF;
  }

  /** The TTL as written (0 to 2^32-1); not clamped. */
  public long ttl() {
    return Integer.toUnsignedLong(ttl);
  }

  public SourceSpan span() {
    return new SourceSpan(file(), line, column, startOffset, startOffset + length);
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }

  /** Index of the file this record was written in, into {@link Zone#files()}. */
  public int file() {
    return file & 0xFFFF;
  }

  public boolean has(int flag) {
    return (flags & flag) != 0;
  }

  /** For Route 53 aliases the hosted-zone id and evaluate flag as written; otherwise null. */
  public String extra() {
    return null;
  }

  /** The type as shown to users: {@code TXT}, {@code TYPE65280}, {@code ALIAS}. */
  public String typeName() {
    return isPseudo() ? kind().display() : CommonTypes.name(type());
  }

  /** The RDATA wire bytes, read-only and not copied: for decoding the many, as RRSIGs are. */
  public ByteBuffer rdataBuffer() {
    return ByteBuffer.wrap(arena, start(), rdataLength()).slice().asReadOnlyBuffer();
  }

  /** A copy of the RDATA wire bytes. */
  public byte[] rdata() {
    return Arrays.copyOfRange(arena, start(), start() + rdataLength());
  }

  /**
   * RDATA octet {@code index} (0 to 255), {@code 0 <= index < rdataLength()}: for looking at the
   * start of the many records most rules pass over without copying them.
   */
  public int rdataOctet(int index) {
    if (index < 0 || index >= rdataLength()) {
      throw new IndexOutOfBoundsException(index);
    }
    return arena[start() + index] & 0xFF;
  }

  /** The length of the RDATA in bytes. */
  public int rdataLength() {
    return RdataArena.length(arena, rdataAt);
  }

  private int start() {
    return rdataAt + 2;
  }

  /** Whether both records carry the same RDATA bytes (names compared by exact case). */
  public boolean sameRdata(ZoneRecord other) {
    int from = start();
    int otherFrom = other.start();
    return Arrays.equals(
        arena, from, from + rdataLength(), other.arena, otherFrom, otherFrom + other.rdataLength());
  }

  /**
   * Whether both RDATA are the same bytes once ASCII letters are folded to lower case: true for any
   * two whose canonical forms (names lower-cased, RFC 4034 §6.2) are equal, and false for most that
   * are not, without copying either.
   */
  public boolean sameRdataIgnoringCase(ZoneRecord other) {
    int length = rdataLength();
    if (length != other.rdataLength()) {
      return false;
    }
    int from = start();
    int otherFrom = other.start();
    for (int i = 0; i < length; i++) {
      if (Labels.lower(arena[from + i] & 0xFF) != Labels.lower(other.arena[otherFrom + i] & 0xFF)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the RDATA holds {@code lowerCase} from octet {@code at} on, ASCII letters in either
   * case: for matching a name written in the RDATA without decoding it.
   */
  public boolean rdataHoldsIgnoringCase(int at, byte[] lowerCase) {
    if (at < 0 || rdataLength() < at + lowerCase.length) {
      return false;
    }
    int from = start() + at;
    for (int i = 0; i < lowerCase.length; i++) {
      if (Labels.lower(arena[from + i] & 0xFF) != (lowerCase[i] & 0xFF)) {
        return false;
      }
    }
    return true;
  }

  /** Decodes this record into a dnsjava {@link Record}; pseudo-records have no DNS form. */
  public Record toDns() {
    if (isPseudo()) {
      throw new IllegalStateException(typeName() + " is a pseudo-record");
    }
    ExtraTypes.register();
    return Record.newRecord(
        owner(), type(), dclass(), Math.min(ttl(), 0x7FFFFFFFL), rdataLength(), rdata());
  }

  /**
   * The host name this record points at: the target of CNAME, DNAME, NS, MX, SRV and of alias
   * pseudo-records; null for other types.
   */
  public Name target() {
    // Decoded anew each time: kept on the record, the names were a tenth of a large zone's model,
    // and setting them on records already in the old generation dirtied cards that every young
    // collection then scanned (1M records: the check's collections 389 -> 228 ms).
    // Read the name straight from the wire bytes: building a dnsjava Record first cost most of
    // the time of the rules that follow targets.
    int at = targetOffset();
    return at < 0 ? null : wireName(at);
  }

  /** Where the RDATA holds the name {@link #target()} reads, or -1 for types without one. */
  private int targetOffset() {
    if (isPseudo()) {
      return 0;
    }
    switch (type()) {
      case Type.CNAME:
      case Type.DNAME:
      case Type.NS:
        return 0;
      case Type.MX:
        return 2;
      case Type.SRV:
        return 6;
      default:
        return -1;
    }
  }

  /**
   * The node of {@code index} that {@link #target()} names, found from the wire bytes without
   * decoding a name: only for a target in lower case (plain labels, 255 octets at most) whose node
   * is spelt in lower case too, so that the node reads exactly as the decoded target would; else
   * null.
   */
  Node targetNode(NodeIndex index) {
    int at = targetOffset();
    int length = rdataLength();
    if (at < 0 || at >= length) {
      return null;
    }
    int from = start() + at;
    int end = Labels.plainNameEnd(arena, from, start() + length);
    if (end < 0) {
      return null;
    }
    // Name.hashCode's sum over the wire octets, which lower-cases them: the same for a target in
    // lower case, and any other's octets match no node's in the index below.
    int hash = 0;
    for (int i = from; i < end; i++) {
      hash += (hash << 3) + (arena[i] & 0xFF);
    }
    return index.getLowerCase(arena, from, end - from, hash);
  }

  private Name wireName(int offset) {
    try {
      // DNSInput reads from the buffer's position: no slice, read-only view or jump needed (they
      // were a quarter of the decoding, which rules following targets do for every CNAME).
      int length = rdataLength();
      if (offset >= length) {
        throw new WireParseException("no name at offset " + offset);
      }
      return new Name(new DNSInput(ByteBuffer.wrap(arena, start() + offset, length - offset)));
    } catch (WireParseException e) {
      throw new IllegalStateException("stored RDATA does not decode", e);
    }
  }

  /**
   * For TXT and SPF records, the character-strings joined without separators, as RFC 7208 §3.3
   * reads a record split into several strings; null for other types.
   */
  public String txt() {
    if (isPseudo() || (type() != Type.TXT && type() != Type.SPF)) {
      return null;
    }
    // Each octet is one char (ISO-8859-1); whole strings copied at once, not char by char, as
    // several mail rules ask for the text of every TXT record.
    int end = start() + rdataLength();
    byte[] joined = new byte[rdataLength()];
    int size = 0;
    int i = start();
    while (i < end) {
      int length = Math.min(arena[i++] & 0xFF, end - i);
      System.arraycopy(arena, i, joined, size, length);
      size += length;
      i += length;
    }
    return new String(joined, 0, size, StandardCharsets.ISO_8859_1);
  }

  /** Presentation form of the RDATA, as dnsjava prints it. */
  public String rdataText() {
    if (isPseudo()) {
      return target() + (extra() == null ? "" : " " + extra());
    }
    return toDns().rdataToString();
  }

  @Override
  public String toString() {
    return owner() + " " + ttl() + " " + typeName() + " " + rdataText();
  }

  /** A record with the extra text of a Route 53 alias. */
  static final class WithExtra extends ZoneRecord {
    private final String extra;

    private WithExtra(ZoneRecord record, String extra) {
      super(record);
      this.extra = extra;
    }

    @Override
    public String extra() {
      return extra;
    }
  }
}
