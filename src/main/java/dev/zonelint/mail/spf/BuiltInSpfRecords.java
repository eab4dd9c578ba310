package dev.zonelint.mail.spf;

/**
 * The SPF records zonelint ships for common mail providers, in the {@code --spf-known} file format.
 * A constant rather than a class-path resource: reading a resource opens and indexes the whole jar,
 * which a check of a small zone otherwise never does (its classes come from the AOT cache).
 */
final class BuiltInSpfRecords {
  private BuiltInSpfRecords() {}

  static final String TSV =
      """
      # SPF records of common mail providers, for counting DNS lookups offline (RFC 7208 §4.6.4).
      # Format: domain<TAB>record, one per line; lines starting with # are comments.
      #
      # Compiled 2026-11-23. The values were taken from the providers' published TXT records, as
      # quoted verbatim (dig output, test fixtures) in public documentation and repositories; zonelint
      # never queries DNS, so they were not re-queried here. Providers change their records: only the
      # lookup-causing terms (include, a, mx, ptr, exists, redirect) matter to zonelint, and a domain
      # missing from this list simply counts as one lookup. Add or override entries with --spf-known FILE.
      #
      # Left out because their current record text could not be confirmed offline (each still counts 1):
      # zoho.com, zoho.eu, spf.mandrillapp.com, mail.zendesk.com, _spf.atlassian.net, ab.sendgrid.net,
      # and the leaf records of Mailgun (_spf1.mailgun.org, _spf2.mailgun.org, _spf.eu.mailgun.org).

      # Google Workspace: flattened to addresses (formerly three _netblocks includes).
      _spf.google.com\tv=spf1 ip4:74.125.0.0/16 ip4:209.85.128.0/17 ip6:2001:4860:4864::/56 ip6:2404:6800:4864::/56 ip6:2607:f8b0:4864::/56 ip6:2800:3f0:4864::/56 ip6:2a00:1450:4864::/56 ip6:2c0f:fb50:4864::/56 ~all
      # Microsoft 365 / Exchange Online.
      spf.protection.outlook.com\tv=spf1 ip4:40.92.0.0/15 ip4:40.107.0.0/16 ip4:52.100.0.0/15 ip4:52.102.0.0/16 ip4:52.103.0.0/17 ip4:104.47.0.0/17 ip6:2a01:111:f400::/48 ip6:2a01:111:f403::/49 ip6:2a01:111:f403:8000::/51 ip6:2a01:111:f403:c000::/51 ip6:2a01:111:f403:f000::/52 -all
      # Amazon SES.
      amazonses.com\tv=spf1 ip4:199.255.192.0/22 ip4:199.127.232.0/22 ip4:54.240.0.0/18 ip4:69.169.224.0/20 ip4:23.249.208.0/20 ip4:23.251.224.0/19 ip4:76.223.176.0/20 ip4:54.240.64.0/18 ip4:76.223.128.0/19 ip4:216.221.160.0/19 ip4:206.55.144.0/20 ip4:24.110.64.0/18 -all
      # Twilio SendGrid.
      sendgrid.net\tv=spf1 ip4:167.89.0.0/17 ip4:208.117.48.0/20 ip4:50.31.32.0/19 ip4:198.37.144.0/20 ip4:198.21.0.0/21 ip4:192.254.112.0/20 ip4:168.245.0.0/17 ip4:149.72.0.0/16 ip4:159.183.0.0/16 include:ab.sendgrid.net ~all
      # Mailchimp.
      servers.mcsv.net\tv=spf1 ip4:205.201.128.0/20 ip4:198.2.128.0/18 ip4:148.105.8.0/21 -all
      # Salesforce: one include plus one exists per evaluation.
      _spf.salesforce.com\tv=spf1 exists:%{i}._spf.mta.salesforce.com -all
      # Mailgun: include:mailgun.org costs 5 lookups in all.
      mailgun.org\tv=spf1 include:_spf.mailgun.org include:_spf.eu.mailgun.org -all
      _spf.mailgun.org\tv=spf1 include:_spf1.mailgun.org include:_spf2.mailgun.org ~all
      """;
}
