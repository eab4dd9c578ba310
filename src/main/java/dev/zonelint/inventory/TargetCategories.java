package dev.zonelint.inventory;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xbill.DNS.Name;

/**
 * Which service an out-of-zone target host name belongs to, from the host-name patterns of
 * providers.md §4. The one place the inventory decides this, so that it can later ask the provider
 * package's classifier instead.
 */
public final class TargetCategories {

  /** The services the inventory sorts targets into. */
  public enum Category {
    /** No target: the name holds addresses itself. */
    NONE("-"),
    IN_ZONE("in-zone"),
    AWS_CLOUDFRONT("AWS CloudFront"),
    AWS_ELB("AWS ELB/ALB/NLB"),
    AWS_S3_WEBSITE("AWS S3 website"),
    AWS_API_GATEWAY("AWS API Gateway"),
    AWS_ELASTIC_BEANSTALK("AWS Elastic Beanstalk"),
    AZURE("Azure"),
    GOOGLE("Google"),
    HEROKU("Heroku"),
    GITHUB_PAGES("GitHub Pages"),
    NETLIFY("Netlify"),
    VERCEL("Vercel"),
    FASTLY("Fastly"),
    AKAMAI("Akamai"),
    CLOUDFLARE("Cloudflare"),
    /** A mail or email-sending service: SendGrid, SES, Mailchimp, Microsoft 365, Google mail... */
    ESP("ESP"),
    OTHER("other third party");

    private final String label;

    Category(String label) {
      this.label = label;
    }

    /** How reports name the category. */
    public String label() {
      return label;
    }
  }

  /** A suffix pattern on the lower-case host name without the trailing dot; group 1 = region. */
  private record Rule(Pattern pattern, Category category) {}

  private static final String REGION = "([a-z]{2}(?:-gov)?-[a-z]+-\\d)";

  // Mail services first: their hosts sit under the same suffixes as their owners' web services
  // (google.com, amazonaws.com, outlook.com).
  private static final List<Rule> RULES =
      List.of(
          rule(
              "(?:^|\\.)(?:sendgrid\\.net|amazonses\\.com|mcsv\\.net|mandrillapp\\.com)",
              Category.ESP),
          rule(
              "(?:^|\\.)(?:mailgun\\.org|sparkpostmail\\.com|mktomail\\.com|mailchimp\\.com)",
              Category.ESP),
          rule("(?:^|\\.)(?:protection\\.outlook\\.com|onmicrosoft\\.com)", Category.ESP),
          rule(
              "(?:^|\\.)(?:aspmx\\.l\\.google\\.com|googlemail\\.com|smtp\\.google\\.com)",
              Category.ESP),
          rule("^d[a-z0-9]+\\.cloudfront\\.net", Category.AWS_CLOUDFRONT),
          rule("\\." + REGION + "\\.elb\\.amazonaws\\.com(?:\\.cn)?", Category.AWS_ELB),
          rule("\\.elb\\." + REGION + "\\.amazonaws\\.com(?:\\.cn)?", Category.AWS_ELB),
          rule(
              "\\.s3-website[-.]" + REGION + "\\.amazonaws\\.com(?:\\.cn)?",
              Category.AWS_S3_WEBSITE),
          rule("\\.execute-api\\." + REGION + "\\.amazonaws\\.com", Category.AWS_API_GATEWAY),
          rule("\\." + REGION + "\\.elasticbeanstalk\\.com", Category.AWS_ELASTIC_BEANSTALK),
          rule(
              "\\.(?:azurewebsites\\.net|trafficmanager\\.net|azureedge\\.net|azurefd\\.net"
                  + "|cloudapp\\.azure\\.com|cloudapp\\.net|core\\.windows\\.net"
                  + "|azurestaticapps\\.net)",
              Category.AZURE),
          rule(
              "(?:^|\\.)(?:ghs\\.googlehosted\\.com|web\\.app|firebaseapp\\.com"
                  + "|storage\\.googleapis\\.com|appspot\\.com)",
              Category.GOOGLE),
          rule("\\.(?:herokudns\\.com|herokuapp\\.com)", Category.HEROKU),
          rule("\\.github\\.io", Category.GITHUB_PAGES),
          rule("(?:\\.netlify\\.app|^apex-loadbalancer\\.netlify\\.com)", Category.NETLIFY),
          rule("(?:^cname\\.vercel-dns(?:-\\d+)?\\.com|\\.vercel\\.app)", Category.VERCEL),
          rule("\\.fastly\\.net", Category.FASTLY),
          rule(
              "\\.(?:edgekey\\.net|edgesuite\\.net|akamaiedge\\.net|akamai\\.net)",
              Category.AKAMAI),
          rule(
              "\\.(?:pages\\.dev|workers\\.dev|cdn\\.cloudflare\\.net|ns\\.cloudflare\\.com)",
              Category.CLOUDFLARE));

  private TargetCategories() {}

  private static Rule rule(String suffix, Category category) {
    return new Rule(Pattern.compile("(?:" + suffix + ")$"), category);
  }

  /** The service an out-of-zone target belongs to; OTHER when no pattern knows it. */
  public static Category classify(Name target) {
    String host = host(target);
    for (Rule r : RULES) {
      if (r.pattern.matcher(host).find()) {
        return r.category;
      }
    }
    return Category.OTHER;
  }

  /** The AWS region a target's host name carries (ELB, S3 website, API Gateway...), or "". */
  public static String region(Name target) {
    String host = host(target);
    for (Rule r : RULES) {
      Matcher m = r.pattern.matcher(host);
      if (m.find()) {
        return m.groupCount() >= 1 && m.group(1) != null ? m.group(1) : "";
      }
    }
    return "";
  }

  private static String host(Name target) {
    return target.toString(true).toLowerCase(Locale.ROOT);
  }
}
