package dev.zonelint.provider;

/**
 * What kind of service a CNAME or alias target is, by its host name (providers.md §4). It decides
 * which provider alias may point at it: Route 53 only at the AWS resources {@link AwsAliasTargets}
 * recognises, Azure only at the {@link #azureAliasable() Azure resources} alias record sets take.
 * Whether a target is in the zone itself is the caller's question.
 */
public enum TargetCategory {
  AWS_CLOUDFRONT("AWS CloudFront"),
  AWS_ELB("AWS Elastic Load Balancing"),
  AWS_S3_WEBSITE("AWS S3 website"),
  /** A bucket's REST endpoint: not a website endpoint, so not a Route 53 alias target. */
  AWS_S3("AWS S3"),
  AWS_API_GATEWAY("AWS API Gateway"),
  AWS_ELASTIC_BEANSTALK("AWS Elastic Beanstalk"),
  AWS_GLOBAL_ACCELERATOR("AWS Global Accelerator"),
  AWS_APP_RUNNER("AWS App Runner"),
  AWS_VPC_ENDPOINT("AWS VPC endpoint"),
  AWS_OTHER("AWS"),
  AZURE_TRAFFIC_MANAGER("Azure Traffic Manager"),
  AZURE_CDN("Azure CDN"),
  AZURE_FRONT_DOOR("Azure Front Door"),
  /** A public IP address's DNS label ({@code <label>.<region>.cloudapp.azure.com}). */
  AZURE_PUBLIC_IP("Azure public IP"),
  AZURE_OTHER("Azure"),
  GOOGLE_CLOUD("Google Cloud / Firebase"),
  HEROKU("Heroku"),
  GITHUB_PAGES("GitHub Pages"),
  NETLIFY("Netlify"),
  VERCEL("Vercel"),
  FASTLY("Fastly"),
  AKAMAI("Akamai"),
  CLOUDFLARE("Cloudflare"),
  /** An e-mail service: DKIM key hosts, return paths, MX hosts (SendGrid, SES, Microsoft 365). */
  EMAIL_SERVICE("e-mail service"),
  OTHER("other host");

  private final String displayName;

  TargetCategory(String displayName) {
    this.displayName = displayName;
  }

  public String displayName() {
    return displayName;
  }

  public boolean isAws() {
    return name().startsWith("AWS_");
  }

  /**
   * Whether an Azure DNS alias record set can point at it: Traffic Manager profiles, Azure CDN
   * endpoints, Front Door (Standard/Premium) and public IPs (Microsoft's dns-alias article).
   */
  public boolean azureAliasable() {
    return this == AZURE_TRAFFIC_MANAGER
        || this == AZURE_CDN
        || this == AZURE_FRONT_DOOR
        || this == AZURE_PUBLIC_IP;
  }
}
