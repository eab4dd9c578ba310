package dev.zonelint.mail.spf;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Parses SPF records by the ABNF of RFC 7208 §12. Terms are separated by spaces only; names of
 * mechanisms, modifiers and macro letters are case-insensitive. Each bad term gives one {@link
 * SpfError} and parsing goes on with the next term; nothing is ever thrown for bad input.
 */
public final class SpfParser {
  private static final String VERSION = "v=spf1";
  private static final String MECHANISMS = "all include a mx ptr ip4 ip6 exists";

  private SpfParser() {}

  /** Parses the text of one record (TXT strings already joined, RFC 7208 §3.3). */
  public static SpfRecord parse(String text) {
    List<Term> terms = new ArrayList<>();
    List<SpfError> errors = new ArrayList<>();
    if (!SpfRecord.isSpf(text)) {
      errors.add(
          new SpfError(
              0,
              text == null ? "" : text,
              "an SPF record starts with 'v=spf1' followed by a space or the end"));
      return new SpfRecord(text == null ? "" : text, terms, errors);
    }
    int n = text.length();
    int i = VERSION.length();
    while (i < n) {
      if (text.charAt(i) == ' ') {
        i++;
        continue;
      }
      int start = i;
      while (i < n && text.charAt(i) != ' ') {
        i++;
      }
      String term = text.substring(start, i);
      try {
        Term parsed = term(term, start);
        String twice = duplicate(parsed, terms);
        if (twice != null) {
          errors.add(new SpfError(start, term, twice));
        } else {
          terms.add(parsed);
        }
      } catch (Bad e) {
        errors.add(new SpfError(start, term, e.getMessage()));
      }
    }
    return new SpfRecord(text, terms, errors);
  }

  /** RFC 7208 §6: redirect and exp may each appear once. */
  private static String duplicate(Term parsed, List<Term> before) {
    for (Term t : before) {
      if ((parsed instanceof Modifier.Redirect && t instanceof Modifier.Redirect)
          || (parsed instanceof Modifier.Explanation && t instanceof Modifier.Explanation)) {
        return "'"
            + ((Modifier) parsed).name().toLowerCase(Locale.ROOT)
            + "=' appears more than once; receivers return permerror";
      }
    }
    return null;
  }

  private static Term term(String term, int column) throws Bad {
    int eq = term.indexOf('=');
    if (eq > 0 && isName(term, eq)) {
      return modifier(term, column, term.substring(0, eq), term.substring(eq + 1));
    }
    Qualifier q = Qualifier.of(term.charAt(0));
    String body = q == null ? term : term.substring(1);
    if (body.isEmpty()) {
      throw new Bad("qualifier '" + term + "' without a mechanism");
    }
    int beq = body.indexOf('=');
    if (beq > 0 && isName(body, beq)) {
      throw new Bad("a modifier cannot have a qualifier: remove the '" + term.charAt(0) + "'");
    }
    int nameEnd = 0;
    while (nameEnd < body.length() && body.charAt(nameEnd) != ':' && body.charAt(nameEnd) != '/') {
      nameEnd++;
    }
    String name = body.substring(0, nameEnd).toLowerCase(Locale.ROOT);
    String rest = body.substring(nameEnd);
    Mechanism m = mechanism(name, rest);
    return new Directive(column, term, q == null ? Qualifier.PASS : q, q != null, m);
  }

  private static Mechanism mechanism(String name, String rest) throws Bad {
    switch (name) {
      case "all":
        if (!rest.isEmpty()) {
          throw new Bad("'all' takes no argument");
        }
        return new Mechanism.All();
      case "include":
        return new Mechanism.Include(requiredDomain(name, rest));
      case "exists":
        return new Mechanism.Exists(requiredDomain(name, rest));
      case "a":
      case "mx":
        return addressMechanism(name, rest);
      case "ptr":
        if (rest.startsWith("/")) {
          throw new Bad("'ptr' takes no prefix length");
        }
        return new Mechanism.Ptr(rest.isEmpty() ? null : requiredDomain(name, rest));
      case "ip4":
        return ip4(rest);
      case "ip6":
        return ip6(rest);
      default:
        throw new Bad(unknownMechanism(name, rest));
    }
  }

  private static String unknownMechanism(String name, String rest) {
    if (name.equals("redirect") || name.equals("exp")) {
      return "'" + name + "' is a modifier: write '" + name + "=" + after(rest) + "'";
    }
    if (name.equals("ipv4") || name.equals("ip")) {
      return "unknown mechanism '" + name + "': write 'ip4:' for IPv4 or 'ip6:' for IPv6";
    }
    if (name.equals("ipv6")) {
      return "unknown mechanism '" + name + "': write 'ip6:'";
    }
    if (name.isEmpty()) {
      return "a term must start with a mechanism name, not '" + rest.charAt(0) + "'";
    }
    String guess = closest(name);
    return "unknown mechanism '"
        + name
        + "'"
        + (guess == null
            ? "; the mechanisms are " + MECHANISMS
            : ": did you mean '" + guess + "'?");
  }

  private static String after(String rest) {
    return rest.startsWith(":") ? rest.substring(1) : rest;
  }

  /** A mechanism name one or two edits away, for typos such as {@code inclde} or {@code al}. */
  private static String closest(String name) {
    for (String m : MECHANISMS.split(" ")) {
      int allowed = m.length() >= 5 ? 2 : 1;
      if (m.length() > 1 && distance(name, m) <= allowed) {
        return m;
      }
    }
    return null;
  }

  private static int distance(String a, String b) {
    if (Math.abs(a.length() - b.length()) > 2 || a.length() > 32) {
      return 3;
    }
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  private static DomainSpec requiredDomain(String name, String rest) throws Bad {
    if (!rest.startsWith(":") || rest.length() == 1) {
      throw new Bad("'" + name + "' needs a domain: write '" + name + ":example.com'");
    }
    return DomainSpecs.parse(rest.substring(1));
  }

  /** {@code a} and {@code mx}: {@code [":" domain-spec] [ip4-cidr] ["//" ip6-cidr]}. */
  private static Mechanism addressMechanism(String name, String rest) throws Bad {
    int end = rest.length();
    int ip6 = -1;
    int ip4 = -1;
    int p = digitsBefore(rest, end);
    if (p >= 2 && rest.charAt(p - 1) == '/' && rest.charAt(p - 2) == '/') {
      ip6 = cidr(rest.substring(p, end), 128, "IPv6");
      end = p - 2;
    }
    p = digitsBefore(rest, end);
    if (p >= 1 && rest.charAt(p - 1) == '/' && (p < 2 || rest.charAt(p - 2) != '/')) {
      ip4 = cidr(rest.substring(p, end), 32, "IPv4");
      end = p - 1;
    }
    String domain = rest.substring(0, end);
    if (!domain.isEmpty() && !domain.startsWith(":")) {
      throw new Bad(
          "'"
              + name
              + "' must be followed by ':domain', '/prefix' or '//prefix6', not '"
              + domain
              + "'");
    }
    if (domain.equals(":")) {
      throw new Bad("'" + name + ":' needs a domain after the colon");
    }
    DomainSpec spec = domain.isEmpty() ? null : DomainSpecs.parse(domain.substring(1));
    DualCidr c = new DualCidr(ip4, ip6);
    return name.equals("a") ? new Mechanism.A(spec, c) : new Mechanism.Mx(spec, c);
  }

  private static int digitsBefore(String s, int end) {
    int p = end;
    while (p > 0 && s.charAt(p - 1) >= '0' && s.charAt(p - 1) <= '9') {
      p--;
    }
    return p;
  }

  /** {@code "0" / %x31-39 0*2DIGIT} within {@code max}. */
  private static int cidr(String digits, int max, String family) throws Bad {
    if (digits.isEmpty()) {
      throw new Bad("empty " + family + " prefix length after '/'");
    }
    for (int i = 0; i < digits.length(); i++) {
      if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
        throw new Bad(family + " prefix length '" + digits + "' is not a number");
      }
    }
    if (digits.length() > 1 && digits.charAt(0) == '0') {
      throw new Bad(family + " prefix length '" + digits + "' has a leading zero");
    }
    int value = digits.length() > 3 ? Integer.MAX_VALUE : Integer.parseInt(digits);
    if (value > max) {
      throw new Bad(family + " prefix length /" + digits + " is larger than " + max);
    }
    return value;
  }

  private static Mechanism ip4(String rest) throws Bad {
    if (!rest.startsWith(":") || rest.length() == 1) {
      throw new Bad("'ip4' needs an address: write 'ip4:192.0.2.0/24'");
    }
    int slash = rest.indexOf('/');
    String net = rest.substring(1, slash < 0 ? rest.length() : slash);
    byte[] bytes = IpLiterals.ip4(net);
    if (bytes == null) {
      throw new Bad(
          "'"
              + net
              + "' is not an IPv4 address"
              + (IpLiterals.ip6(net) != null ? ": write 'ip6:' for IPv6" : ""));
    }
    int prefix = slash < 0 ? 32 : cidr(rest.substring(slash + 1), 32, "IPv4");
    try {
      return new Mechanism.Ip4((Inet4Address) InetAddress.getByAddress(bytes), prefix);
    } catch (UnknownHostException e) {
      throw new IllegalStateException("four bytes are always an address", e);
    }
  }

  private static Mechanism ip6(String rest) throws Bad {
    if (!rest.startsWith(":") || rest.length() == 1) {
      throw new Bad("'ip6' needs an address: write 'ip6:2001:db8::/32'");
    }
    int slash = rest.indexOf('/');
    String net = rest.substring(1, slash < 0 ? rest.length() : slash);
    byte[] bytes = IpLiterals.ip6(net);
    if (bytes == null) {
      throw new Bad(
          "'"
              + net
              + "' is not an IPv6 address"
              + (IpLiterals.ip4(net) != null ? ": write 'ip4:' for IPv4" : ""));
    }
    int prefix = slash < 0 ? 128 : cidr(rest.substring(slash + 1), 128, "IPv6");
    try {
      return new Mechanism.Ip6(Inet6Address.getByAddress(null, bytes, -1), prefix);
    } catch (UnknownHostException e) {
      throw new IllegalStateException("sixteen bytes are always an address", e);
    }
  }

  private static Modifier modifier(String term, int column, String name, String value) throws Bad {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.equals("redirect") || lower.equals("exp")) {
      if (value.isEmpty()) {
        throw new Bad("'" + name + "=' needs a domain: write '" + lower + "=example.com'");
      }
      DomainSpec d = DomainSpecs.parse(value);
      return lower.equals("redirect")
          ? new Modifier.Redirect(column, term, name, d)
          : new Modifier.Explanation(column, term, name, d);
    }
    return new Modifier.Unknown(column, term, name, MacroStrings.parse(value, false));
  }

  /** {@code name = ALPHA *( ALPHA / DIGIT / "-" / "_" / "." )} over {@code s[0, end)}. */
  private static boolean isName(String s, int end) {
    for (int i = 0; i < end; i++) {
      char c = s.charAt(i);
      boolean alpha = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
      boolean other = (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.';
      if (!(alpha || (i > 0 && other))) {
        return false;
      }
    }
    return true;
  }

  /** A grammar violation inside one term; the message becomes the {@link SpfError}'s. */
  static final class Bad extends Exception {
    private static final long serialVersionUID = 1L;

    Bad(String message) {
      super(message, null, false, false);
    }
  }
}
