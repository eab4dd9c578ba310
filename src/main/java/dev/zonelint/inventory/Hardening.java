package dev.zonelint.inventory;

import dev.zonelint.fix.Strategy;
import dev.zonelint.inventory.TargetCategories.Category;
import dev.zonelint.provider.AwsAliasTargets;
import dev.zonelint.provider.HostedTarget;
import dev.zonelint.provider.Provider;
import java.util.ArrayList;
import java.util.List;
import org.xbill.DNS.Name;

/**
 * A name's hardening status against mail sent in its name.
 *
 * @param missing what to add, in the order the plan writes it; empty unless MISSING
 * @param strategy how the provider lets the CNAME go, when BLOCKED_BY_CNAME; else null
 */
public record Hardening(Status status, List<Missing> missing, Strategy strategy) {

  /** A record a name lacks. */
  public enum Missing {
    /** {@code MX 0 .} (RFC 7505). */
    NULL_MX("null MX"),
    /** {@code v=spf1 -all}: every sender fails (RFC 7208 §5.1). */
    SPF_FAIL_ALL("SPF -all"),
    /** A DMARC policy of reject that covers the name (RFC 7489 §6.3). */
    DMARC_REJECT("DMARC p=reject"),
    /** Any valid SPF record, for a name that sends mail. */
    SPF("SPF record"),
    /** Any DMARC policy, for a name that sends mail. */
    DMARC("DMARC record");

    private final String label;

    Missing(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  public Hardening {
    missing = List.copyOf(missing);
  }

  /**
   * Judges a name. A CNAME that the provider flattens is answered with addresses, and its provider
   * keeps MX and TXT beside it, so it is judged like an address host.
   *
   * @param mailBeside whether MX or SPF records stand beside the CNAME (a zone error, but a sign
   *     that mail lives at the name)
   */
  static Hardening judge(
      Kind kind,
      MailPosture mail,
      boolean apex,
      Name target,
      Category category,
      boolean mailBeside,
      Provider provider) {
    if (kind == Kind.DELEGATION) {
      return new Hardening(Status.DELEGATED, List.of(), null);
    }
    if (kind == Kind.CNAME && !provider.flattens(apex)) {
      return new Hardening(
          Status.BLOCKED_BY_CNAME,
          List.of(),
          strategy(provider, apex, target, category, mailBeside));
    }
    List<Missing> missing = new ArrayList<>(3);
    if (mail.sendsOrReceivesMail()) {
      if (mail.spf() == MailPosture.Spf.NONE || mail.spf() == MailPosture.Spf.INVALID) {
        missing.add(Missing.SPF);
      }
      if (mail.dmarc() == MailPosture.Dmarc.MISSING || mail.dmarc() == MailPosture.Dmarc.INVALID) {
        missing.add(Missing.DMARC);
      }
    } else {
      if (mail.mx() != MailPosture.Mx.NULL_MX) {
        missing.add(Missing.NULL_MX);
      }
      if (mail.spf() != MailPosture.Spf.HARD_FAIL) {
        missing.add(Missing.SPF_FAIL_ALL);
      }
      if (mail.dmarcGap() != null) {
        missing.add(Missing.DMARC_REJECT);
      }
    }
    return new Hardening(missing.isEmpty() ? Status.HARDENED : Status.MISSING, missing, null);
  }

  /**
   * The fixer's way out of a CNAME: the provider's alias record if it serves one here for this
   * target, else an HTTPS AliasMode record at the apex, else splitting web and mail apart.
   */
  static Strategy strategy(
      Provider provider, boolean apex, Name target, Category category, boolean mailBeside) {
    if (provider.offersAlias(apex) && accepts(provider, target, category)) {
      return Strategy.ALIAS;
    }
    if (apex) {
      return Strategy.HTTPS_ALIAS;
    }
    return mailBeside ? Strategy.SPLIT_MAIL : Strategy.SPLIT_WEB;
  }

  private static boolean accepts(Provider provider, Name target, Category category) {
    return switch (provider.aliasTargets()) {
      case ANY -> true;
      // Route 53 aliases AWS resources and records of the same hosted zone.
      case AWS_RESOURCES ->
          category == Category.IN_ZONE || AwsAliasTargets.recognise(target).isPresent();
      case AZURE_RESOURCES -> HostedTarget.classify(target).category().azureAliasable();
    };
  }
}
