package dev.zonelint.mail.spf;

import java.util.ArrayList;
import java.util.List;

/**
 * A parsed SPF record: its text, the terms that parse, and an error for each one that does not. A
 * record with errors makes receivers return permerror (RFC 7208 §4.6).
 */
public record SpfRecord(String text, List<Term> terms, List<SpfError> errors) {

  public SpfRecord {
    terms = List.copyOf(terms);
    errors = List.copyOf(errors);
  }

  /**
   * Whether a TXT string is an SPF record: it starts with {@code v=spf1}, in any case, followed by
   * a space or the end (RFC 7208 §4.5).
   */
  public static boolean isSpf(String text) {
    return text != null
        && text.regionMatches(true, 0, "v=spf1", 0, 6)
        && (text.length() == 6 || text.charAt(6) == ' ');
  }

  /** Whether every term follows the grammar. */
  public boolean valid() {
    return errors.isEmpty();
  }

  /** The directives, in order. */
  public List<Directive> directives() {
    List<Directive> out = new ArrayList<>();
    for (Term t : terms) {
      if (t instanceof Directive d) {
        out.add(d);
      }
    }
    return out;
  }

  /** The first {@code all} directive, or null. */
  public Directive all() {
    for (Term t : terms) {
      if (t instanceof Directive d && d.mechanism() instanceof Mechanism.All) {
        return d;
      }
    }
    return null;
  }

  /** The redirect modifier, or null. */
  public Modifier.Redirect redirect() {
    for (Term t : terms) {
      if (t instanceof Modifier.Redirect r) {
        return r;
      }
    }
    return null;
  }

  /** The exp modifier, or null. */
  public Modifier.Explanation explanation() {
    for (Term t : terms) {
      if (t instanceof Modifier.Explanation e) {
        return e;
      }
    }
    return null;
  }

  /**
   * The terms that cost a DNS query when the record is evaluated and nothing matches (RFC 7208
   * §4.6.4): include, a, mx, ptr and exists up to the first {@code all} (mechanisms after it are
   * never evaluated, §5.1), then redirect if there is no {@code all} (§6.1).
   */
  public List<Term> lookupTerms() {
    List<Term> out = new ArrayList<>();
    boolean sawAll = false;
    for (Term t : terms) {
      if (t instanceof Directive d) {
        if (d.mechanism() instanceof Mechanism.All) {
          sawAll = true;
          break;
        }
        if (d.mechanism().countsLookup()) {
          out.add(d);
        }
      }
    }
    Modifier.Redirect redirect = redirect();
    if (!sawAll && redirect != null) {
      out.add(redirect);
    }
    return out;
  }
}
