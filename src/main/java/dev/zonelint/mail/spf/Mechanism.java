package dev.zonelint.mail.spf;

import java.net.Inet4Address;
import java.net.Inet6Address;

/** The eight mechanisms of RFC 7208 §5. */
public sealed interface Mechanism
    permits Mechanism.All,
        Mechanism.Include,
        Mechanism.A,
        Mechanism.Mx,
        Mechanism.Ptr,
        Mechanism.Ip4,
        Mechanism.Ip6,
        Mechanism.Exists {

  /** The mechanism's name in lower case, as in the grammar. */
  String name();

  /** The domain the mechanism queries, or null when it has none or uses the current domain. */
  default DomainSpec domain() {
    return null;
  }

  /** Whether evaluating it costs a DNS query counted against the limit of 10 (§4.6.4). */
  default boolean countsLookup() {
    return false;
  }

  /** {@code all}: always matches (§5.1). */
  record All() implements Mechanism {
    @Override
    public String name() {
      return "all";
    }
  }

  /** {@code include:domain} (§5.2). */
  record Include(DomainSpec domain) implements Mechanism {
    @Override
    public String name() {
      return "include";
    }

    @Override
    public boolean countsLookup() {
      return true;
    }
  }

  /**
   * {@code a[:domain][cidr]} (§5.3).
   *
   * @param domain the name, or null for the current domain
   */
  record A(DomainSpec domain, DualCidr cidr) implements Mechanism {
    @Override
    public String name() {
      return "a";
    }

    @Override
    public boolean countsLookup() {
      return true;
    }
  }

  /**
   * {@code mx[:domain][cidr]} (§5.4).
   *
   * @param domain the name, or null for the current domain
   */
  record Mx(DomainSpec domain, DualCidr cidr) implements Mechanism {
    @Override
    public String name() {
      return "mx";
    }

    @Override
    public boolean countsLookup() {
      return true;
    }
  }

  /**
   * {@code ptr[:domain]} (§5.5), which RFC 7208 says not to use.
   *
   * @param domain the name, or null for the current domain
   */
  record Ptr(DomainSpec domain) implements Mechanism {
    @Override
    public String name() {
      return "ptr";
    }

    @Override
    public boolean countsLookup() {
      return true;
    }
  }

  /** {@code ip4:network[/prefix]} (§5.6); the prefix is 32 when not written. */
  record Ip4(Inet4Address network, int prefix) implements Mechanism {
    @Override
    public String name() {
      return "ip4";
    }
  }

  /** {@code ip6:network[/prefix]} (§5.6); the prefix is 128 when not written. */
  record Ip6(Inet6Address network, int prefix) implements Mechanism {
    @Override
    public String name() {
      return "ip6";
    }
  }

  /** {@code exists:domain} (§5.7). */
  record Exists(DomainSpec domain) implements Mechanism {
    @Override
    public String name() {
      return "exists";
    }

    @Override
    public boolean countsLookup() {
      return true;
    }
  }
}
