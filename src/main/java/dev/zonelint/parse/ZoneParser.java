package dev.zonelint.parse;

import dev.zonelint.diag.Diagnostic;
import dev.zonelint.diag.Location;
import dev.zonelint.diag.Severity;
import dev.zonelint.zone.CommonTypes;
import dev.zonelint.zone.OriginSource;
import dev.zonelint.zone.RecordKind;
import dev.zonelint.zone.SoaFields;
import dev.zonelint.zone.SourceSpan;
import dev.zonelint.zone.Zone;
import dev.zonelint.zone.ZoneRecord;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.function.IntSupplier;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Name;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;
import org.xbill.DNS.WireParseException;

/**
 * Reads a zone file, with its {@code $INCLUDE}s, into a {@link Zone}. Every bad record or directive
 * gives one diagnostic at its bad token and reading goes on with the next entry; only an unreadable
 * top-level file is an {@link IOException}.
 */
public final class ZoneParser {
  static final String SYNTAX = "syntax";
  static final String INCLUDE = "include";
  static final String GENERATE = "generate";
  private static final int MAX_INCLUDE_DEPTH = 16;
  private static final long DEFAULT_TTL = 3600;

  private final ParseOptions options;
  private final long maxRecords;
  private final Zone.Builder zone;
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private final List<InlineComment> comments = new ArrayList<>();
  private final Deque<Path> includeStack = new ArrayDeque<>();
  private final OwnerState state = new OwnerState();
  private Name firstDirectiveOrigin;
  private Name firstSoaOwner;
  private int zoneClass = -1;
  private boolean recordLimitHit;
  private Path includeRoot;
  private Name fileOrigin;

  private ZoneParser(ParseOptions options) {
    this(options, new Zone.Builder());
  }

  private ZoneParser(ParseOptions options, Zone.Builder zone) {
    this.options = options;
    this.maxRecords = options.maxRecords();
    this.zone = zone;
  }

  /**
   * Parses one zone file: a large one in two halves at once when that gives the same result (see
   * {@link ParallelParse}), others in one pass.
   */
  public static ParseResult parse(Path file, ParseOptions options) throws IOException {
    ParseResult parallel = ParallelParse.parse(file, options);
    if (parallel != null) {
      return parallel;
    }
    try (InputStream in = Files.newInputStream(file)) {
      return parse(in, file, options);
    }
  }

  /**
   * Parses zone text from a stream; {@code file} names it (for the origin guess and for relative
   * includes) but is not read.
   */
  public static ParseResult parse(InputStream in, Path file, ParseOptions options)
      throws IOException {
    ZoneParser parser = new ZoneParser(options);
    parser.start(file);
    parser.readStream(in, file, options.displayPath());
    return parser.finish();
  }

  /** A parser for the main part of a file, building a zone of about {@code expectedNames}. */
  static ZoneParser main(ParseOptions options, int expectedNames) {
    return new ZoneParser(options, new Zone.Builder(expectedNames));
  }

  /**
   * A parser for a later part of a file, read from {@code state} on into a zone of its own of about
   * {@code expectedNames}.
   */
  static ZoneParser chunk(ParseOptions options, Path file, Snapshot state, int expectedNames) {
    ZoneParser parser = new ZoneParser(options, Zone.Builder.forLaterPart(expectedNames));
    parser.start(file);
    parser.state.origin = state.origin();
    parser.state.directiveTtl = state.directiveTtl();
    parser.state.inheritLastTtl(-1);
    parser.state.ownerInherited = true;
    return parser;
  }

  void start(Path file) {
    fileOrigin = options.origin() == null ? FileOrigin.guess(file) : null;
    state.origin = options.origin() != null ? options.origin() : fileOrigin;
    includeStack.push(realPath(file));
    Path root =
        options.includeRoot() != null ? options.includeRoot() : file.toAbsolutePath().getParent();
    includeRoot = root == null ? null : realPath(root);
  }

  ParseResult finish() {
    Name origin;
    OriginSource source;
    if (options.origin() != null) {
      origin = options.origin();
      source = OriginSource.OPTION;
    } else if (firstDirectiveOrigin != null) {
      origin = firstDirectiveOrigin;
      source = OriginSource.DIRECTIVE;
    } else if (fileOrigin != null) {
      origin = fileOrigin;
      source = OriginSource.FILE_NAME;
    } else if (firstSoaOwner != null) {
      origin = firstSoaOwner;
      source = OriginSource.SOA;
    } else {
      origin = null;
      source = OriginSource.NONE;
    }
    return new ParseResult(zone.build(origin, source), diagnostics, comments);
  }

  private void readStream(InputStream in, Path file, String display) throws IOException {
    int fileIndex = zone.addFile(display);
    readEntries(new Lexer(in), file, display, fileIndex, false, () -> 0);
  }

  /**
   * Reads the lexer's entries to its end.
   *
   * @param nextLine the line of the entry after the lexer's end (another part of the file reads
   *     it), or 0 at the end of the file
   * @return whether a record was seen, {@code recordSeen} included
   */
  boolean readEntries(
      Lexer lexer,
      Path file,
      String display,
      int fileIndex,
      boolean recordSeen,
      IntSupplier nextLine)
      throws IOException {
    Entry entry;
    while (!recordLimitHit && (entry = lexer.next()) != null) {
      int entryLine = entry.tokens().isEmpty() ? 0 : entry.tokens().get(0).line();
      keepComments(lexer, display, entryLine, false, recordSeen);
      handle(entry, file, display, fileIndex);
      recordSeen |= isRecord(entry);
    }
    keepComments(lexer, display, nextLine.getAsInt(), true, recordSeen);
    return recordSeen;
  }

  /**
   * The reading state a later part of a file is assumed to start from: the origin and {@code $TTL}
   * the directives before it leave, after records (so no comment is a file's leading one).
   */
  record Snapshot(Name origin, long directiveTtl) {}

  /**
   * Whether {@code part}, read from {@code assumed} on, reads as it would after this parser's end:
   * the same origin (names compared with their case) and {@code $TTL}, the same class for records
   * that name none, no TTL inherited across the split unless it is the same, and no blank-owner
   * record before the part's first owner of its own.
   */
  boolean continuesInto(Snapshot assumed, boolean recordSeen, ZoneParser part) {
    return recordSeen
        && !recordLimitHit
        && !part.recordLimitHit
        && state.origin != null
        && Arrays.equals(state.origin.toWire(), assumed.origin().toWire())
        && state.directiveTtl == assumed.directiveTtl()
        && (!part.state.inheritedTtlUsed || state.lastTtl == -1)
        && !part.state.inheritedOwnerUsed
        && (part.zoneClass < 0 || part.zoneClass == zoneClass);
  }

  /** Takes over what a later part read: its problems, comments and first origins. */
  void append(ZoneParser part) {
    diagnostics.addAll(part.diagnostics);
    comments.addAll(part.comments);
    if (firstDirectiveOrigin == null) {
      firstDirectiveOrigin = part.firstDirectiveOrigin;
    }
    if (firstSoaOwner == null) {
      firstSoaOwner = part.firstSoaOwner;
    }
  }

  Zone.Builder zone() {
    return zone;
  }

  int registerFile(String display) {
    return zone.addFile(display);
  }

  /**
   * Files the {@code zonelint-} comments read up to and inside the entry starting at {@code
   * entryLine} (0: none), or before the lexer's end. A comment before the entry's first token
   * applies next to that token's line.
   */
  private void keepComments(
      Lexer lexer, String display, int entryLine, boolean atEnd, boolean recordSeen) {
    List<InlineComment.Raw> taken = lexer.takeComments();
    // Indexed: an iterator over the empty list, once per entry, was 31 MB of a 1M-record parse.
    for (int i = 0; i < taken.size(); i++) {
      InlineComment.Raw c = taken.get(i);
      boolean before = c.line() < entryLine || atEnd;
      int nextLine = before && entryLine > 0 ? entryLine : c.line() + 1;
      comments.add(
          new InlineComment(
              display, c.line(), c.column(), c.text(), before && !recordSeen, nextLine));
    }
  }

  private static boolean isRecord(Entry entry) {
    if (!entry.problems().isEmpty() || entry.tokens().isEmpty()) {
      return !entry.problems().isEmpty();
    }
    Token first = entry.tokens().get(0);
    return entry.blankOwner() || first.quoted() || !first.text().startsWith("$");
  }

  private void handle(Entry entry, Path file, String display, int fileIndex) {
    if (!entry.problems().isEmpty()) {
      for (Entry.LexProblem p : entry.problems()) {
        report(display, new Problem(SYNTAX, p.line(), p.column(), p.message()));
      }
      // The entry is unusable, but blank-owner records after it must not inherit a stale owner.
      if (!entry.blankOwner()) {
        state.owner = null;
      }
      return;
    }
    List<Token> tokens = entry.tokens();
    Token first = tokens.get(0);
    if (!entry.blankOwner() && !first.quoted() && first.text().startsWith("$")) {
      directive(entry, file, display, fileIndex);
      return;
    }
    SourceSpan span =
        new SourceSpan(
            fileIndex, first.line(), first.column(), entry.startOffset(), entry.endOffset());
    Problem problem = record(tokens, entry.blankOwner(), span, 0);
    if (problem != null) {
      report(display, problem);
    }
  }

  /**
   * Reads one record and adds it to the zone.
   *
   * @return the problem that stopped it, or null
   */
  private Problem record(List<Token> tokens, boolean blankOwner, SourceSpan span, int flags) {
    int i = 0;
    Name owner;
    if (blankOwner) {
      state.inheritedOwnerUsed |= state.ownerInherited;
      if (state.owner == null) {
        if (state.ownerBroken) {
          return null;
        }
        return Problem.at(
            SYNTAX, tokens.get(0), "record has no owner name and none came before it");
      }
      owner = state.owner;
      flags |= ZoneRecord.OWNER_INHERITED;
    } else {
      Token ownerToken = tokens.get(0);
      state.ownerInherited = false;
      try {
        owner = state.ownerName(ownerToken.text());
      } catch (TextParseException e) {
        state.owner = null;
        state.ownerBroken = true;
        return Problem.at(SYNTAX, ownerToken, e.getMessage());
      }
      i = 1;
    }
    state.owner = owner;
    state.ownerBroken = false;

    long ttl = -1;
    int dclass = -1;
    while (i < tokens.size() && (ttl < 0 || dclass < 0)) {
      Token t = tokens.get(i);
      if (ttl < 0 && Ttl.looksLikeTtl(t.text())) {
        ttl = Ttl.parse(t.text());
        if (ttl == -2) {
          return Problem.at(SYNTAX, t, "TTL '" + t.text() + "' is above 4294967295");
        }
        if (ttl < 0) {
          return Problem.at(SYNTAX, t, "bad TTL '" + Text.display(t.text()) + "'");
        }
        i++;
      } else {
        int tokenClass = dclass < 0 ? RecordReader.dclass(t.text()) : -1;
        if (tokenClass < 0) {
          break;
        }
        dclass = tokenClass;
        i++;
      }
    }
    if (i >= tokens.size()) {
      return Problem.at(SYNTAX, tokens.get(tokens.size() - 1), "record has no type");
    }
    Token typeToken = tokens.get(i++);
    List<Token> rdataTokens = tokens.subList(i, tokens.size());

    if (dclass < 0) {
      dclass = zoneClass < 0 ? DClass.IN : zoneClass;
    }
    if (zoneClass < 0) {
      zoneClass = dclass;
    } else if (dclass != zoneClass) {
      return Problem.at(
          SYNTAX,
          tokens.get(Math.max(0, i - 2)),
          "class "
              + DClass.string(dclass)
              + " differs from the zone's class "
              + DClass.string(zoneClass));
    }

    RecordKind kind = RecordKind.ofKeyword(typeToken.text());
    if (kind != null) {
      return pseudo(kind, owner, typeToken, rdataTokens, dclass, ttl, span, flags);
    }
    int type = RecordReader.type(typeToken.text());
    if (type < 0) {
      return Problem.at(
              SYNTAX, typeToken, "unknown record type '" + Text.display(typeToken.text()) + "'")
          .about(owner, "");
    }
    if (RecordReader.isMetaType(type)) {
      return Problem.at(
          SYNTAX,
          typeToken,
          "meta-type " + CommonTypes.name(type) + " cannot appear in a zone file");
    }

    if (type == Type.SOA && state.origin == null) {
      // No origin from the user, a $ORIGIN or the file name: the SOA owner is the apex, and
      // relative names from here on (its own RDATA first) are relative to it.
      state.origin = owner;
    }
    boolean ttlExplicit = ttl >= 0;
    long effectiveTtl = ttl >= 0 ? ttl : state.defaultTtl();
    byte[] rdata;
    try {
      rdata =
          RecordReader.rdata(
              owner, type, dclass, Math.max(effectiveTtl, 0), rdataTokens, state.origin);
    } catch (IOException | RuntimeException e) {
      String message = RecordReader.cleanMessage(e);
      Token at = RecordReader.blame(rdataTokens, message, typeToken);
      return Problem.at(
              SYNTAX, at, "bad " + CommonTypes.name(type) + " data: " + Text.display(message))
          .about(owner, CommonTypes.name(type));
    }
    RdataChecks.Invalid invalid = RdataChecks.check(owner, type, rdataTokens, rdata);
    if (invalid != null) {
      Token at = invalid.token() < 0 ? tokens.get(0) : rdataTokens.get(invalid.token());
      return Problem.at(SYNTAX, at, invalid.message()).about(owner, CommonTypes.name(type));
    }
    if (effectiveTtl < 0) {
      // No TTL anywhere yet. BIND takes the SOA's minimum field for the SOA itself; for other
      // records Knot's default of 3600 applies (BIND refuses, Knot and NSD load such zones).
      effectiveTtl = type == Type.SOA ? soaMinimum(rdata) : DEFAULT_TTL;
    }
    if (ttlExplicit) {
      flags |= ZoneRecord.TTL_EXPLICIT;
    }
    state.recordTtl(effectiveTtl);
    if (type == Type.SOA && firstSoaOwner == null) {
      firstSoaOwner = owner;
    }
    if (!add(owner, RecordKind.DNS, type, dclass, effectiveTtl, rdata, span, flags, null)) {
      return tooManyRecords(span);
    }
    return null;
  }

  private Problem tooManyRecords(SourceSpan span) {
    return new Problem(
        SYNTAX,
        span.line(),
        span.column(),
        "zone has more than " + options.maxRecords() + " records; the rest is not read");
  }

  private Problem pseudo(
      RecordKind kind,
      Name owner,
      Token typeToken,
      List<Token> rdata,
      int dclass,
      long ttl,
      SourceSpan span,
      int flags) {
    int addressType = Type.A;
    int targetIndex = 0;
    String extra = null;
    if (kind == RecordKind.AWS_ALIAS) {
      // cli53 form: AWS ALIAS <type> <target> <hosted-zone-id> <evaluate-health>
      if (rdata.size() != 5 || !rdata.get(0).text().equalsIgnoreCase("ALIAS")) {
        return Problem.at(
            SYNTAX,
            typeToken,
            "Route 53 alias must read 'AWS ALIAS <type> <target> <hosted-zone-id> <true|false>'");
      }
      addressType = RecordReader.type(rdata.get(1).text());
      if (addressType < 0) {
        return Problem.at(SYNTAX, rdata.get(1), "unknown alias type '" + rdata.get(1).text() + "'");
      }
      targetIndex = 2;
      extra = rdata.get(3).text() + " " + rdata.get(4).text();
    } else if (rdata.size() != 1) {
      return Problem.at(SYNTAX, typeToken, kind.display() + " takes exactly one target name");
    }
    Token targetToken = rdata.get(targetIndex);
    Name target;
    try {
      target = RecordReader.name(targetToken.text(), state.origin);
    } catch (TextParseException e) {
      return Problem.at(SYNTAX, targetToken, e.getMessage());
    }
    // TTLs as for any record: a pseudo-record's TTL is the last one the next records inherit.
    long effectiveTtl = ttl >= 0 ? ttl : state.defaultTtl();
    if (effectiveTtl < 0) {
      effectiveTtl = DEFAULT_TTL;
    }
    if (ttl >= 0) {
      flags |= ZoneRecord.TTL_EXPLICIT;
    }
    state.recordTtl(effectiveTtl);
    if (!add(owner, kind, addressType, dclass, effectiveTtl, target.toWire(), span, flags, extra)) {
      return tooManyRecords(span);
    }
    return null;
  }

  private boolean add(
      Name owner,
      RecordKind kind,
      int type,
      int dclass,
      long ttl,
      byte[] rdata,
      SourceSpan span,
      int flags,
      String extra) {
    if (zone.recordCount() >= maxRecords) {
      recordLimitHit = true;
      return false;
    }
    zone.add(owner, kind, type, dclass, ttl, rdata, span, flags, extra);
    return true;
  }

  private static long soaMinimum(byte[] rdata) {
    try {
      return SoaFields.of(rdata).minimum();
    } catch (WireParseException e) {
      throw new IllegalStateException("SOA RDATA just encoded does not decode", e);
    }
  }

  private void directive(Entry entry, Path file, String display, int fileIndex) {
    List<Token> tokens = entry.tokens();
    Token keyword = tokens.get(0);
    String name = keyword.text().toUpperCase(java.util.Locale.ROOT);
    Problem problem;
    switch (name) {
      case "$ORIGIN":
        problem = originDirective(tokens);
        break;
      case "$TTL":
        problem = ttlDirective(tokens);
        break;
      case "$INCLUDE":
        problem = new Includes(this).include(tokens, file, display);
        break;
      case "$GENERATE":
        problem = new Generator(this).generate(entry, fileIndex);
        break;
      default:
        problem =
            Problem.at(SYNTAX, keyword, "unknown directive '" + Text.display(keyword.text()) + "'");
    }
    if (problem != null) {
      report(display, problem);
    }
  }

  private Problem originDirective(List<Token> tokens) {
    if (tokens.size() != 2) {
      return Problem.at(SYNTAX, tokens.get(0), "$ORIGIN takes exactly one domain name");
    }
    try {
      Name origin = RecordReader.name(tokens.get(1).text(), state.origin);
      state.origin = origin;
      if (firstDirectiveOrigin == null) {
        firstDirectiveOrigin = origin;
      }
      return null;
    } catch (TextParseException e) {
      return Problem.at(SYNTAX, tokens.get(1), e.getMessage());
    }
  }

  private Problem ttlDirective(List<Token> tokens) {
    if (tokens.size() != 2) {
      return Problem.at(SYNTAX, tokens.get(0), "$TTL takes exactly one TTL");
    }
    long ttl = Ttl.parse(tokens.get(1).text());
    if (ttl == -2) {
      return Problem.at(SYNTAX, tokens.get(1), "$TTL is above 4294967295");
    }
    if (ttl < 0) {
      return Problem.at(
          SYNTAX, tokens.get(1), "bad TTL '" + Text.display(tokens.get(1).text()) + "'");
    }
    state.directiveTtl = ttl;
    return null;
  }

  void report(String display, Problem p) {
    diagnostics.add(
        new Diagnostic(
            p.rule(),
            Severity.ERROR,
            new Location(display, p.line(), p.column()),
            p.owner(),
            p.type(),
            p.message(),
            "",
            List.of()));
  }

  // Accessors for the directive helpers, which share this parser's state.

  OwnerState state() {
    return state;
  }

  ParseOptions options() {
    return options;
  }

  /** The folder includes may read below (symlinks resolved), or null for no limit. */
  Path includeRoot() {
    return includeRoot;
  }

  /** The path with symlinks resolved, or normalised when the file does not exist. */
  static Path realPath(Path path) {
    try {
      return path.toRealPath();
    } catch (IOException e) {
      return path.toAbsolutePath().normalize();
    }
  }

  Deque<Path> includeStack() {
    return includeStack;
  }

  int maxIncludeDepth() {
    return MAX_INCLUDE_DEPTH;
  }

  void readIncluded(InputStream in, Path file, String display) throws IOException {
    readStream(in, file, display);
  }

  Problem generatedRecord(List<Token> tokens, SourceSpan span) {
    return record(tokens, false, span, ZoneRecord.GENERATED);
  }

  /** The parts of reading state that directives and inherited fields change. */
  static final class OwnerState {
    Name origin;
    Name owner;
    boolean ownerBroken;
    long directiveTtl = -1;
    long lastTtl = -1;
    // A later part of a file starts with the TTL of the record before it (ParallelParse): whether
    // a record took it as its default, before this part had a TTL of its own.
    private boolean lastTtlInherited;
    boolean inheritedTtlUsed;
    // Likewise the owner (and whether it was broken) of the entries before a later part: until
    // the part reads an owner of its own, a blank-owner record would use it.
    boolean ownerInherited;
    boolean inheritedOwnerUsed;
    private String lastOwnerText;
    private Name lastOwnerOrigin;
    private Name lastOwnerName;

    long defaultTtl() {
      if (directiveTtl >= 0) {
        return directiveTtl;
      }
      inheritedTtlUsed |= lastTtlInherited;
      return lastTtl;
    }

    void recordTtl(long ttl) {
      lastTtl = ttl;
      lastTtlInherited = false;
    }

    void inheritLastTtl(long ttl) {
      lastTtl = ttl;
      lastTtlInherited = true;
    }

    /** Owner names repeat on consecutive lines; parse each distinct spelling once. */
    Name ownerName(String text) throws TextParseException {
      if (text.equals(lastOwnerText) && java.util.Objects.equals(origin, lastOwnerOrigin)) {
        return lastOwnerName;
      }
      Name name = RecordReader.name(text, origin);
      lastOwnerText = text;
      lastOwnerOrigin = origin;
      lastOwnerName = name;
      return name;
    }
  }
}
