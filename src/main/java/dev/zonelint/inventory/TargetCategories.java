package dev.zonelint.inventory;

import dev.zonelint.provider.HostedTarget;
import dev.zonelint.provider.TargetCategory;
import org.xbill.DNS.Name;

/**
 * Which service an out-of-zone target host name belongs to. The provider package's {@link
 * HostedTarget} decides it, so that the inventory, the alias rules and the fixer never disagree on
 * what a target is; this class only names the result in the inventory's terms.
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
    /** A bucket's REST endpoint, which Route 53 cannot alias to. */
    AWS_S3("AWS S3"),
    AWS_API_GATEWAY("AWS API Gateway"),
    AWS_ELASTIC_BEANSTALK("AWS Elastic Beanstalk"),
    AWS_GLOBAL_ACCELERATOR("AWS Global Accelerator"),
    AWS_APP_RUNNER("AWS App Runner"),
    AWS_VPC_ENDPOINT("AWS VPC endpoint"),
    /** Any other amazonaws.com name, and Amplify's default domains. */
    AWS_OTHER("AWS"),
    AZURE_TRAFFIC_MANAGER("Azure Traffic Manager"),
    AZURE_CDN("Azure CDN"),
    AZURE_FRONT_DOOR("Azure Front Door"),
    AZURE_PUBLIC_IP("Azure public IP"),
    /** Azure services an Azure DNS alias record set cannot point at (App Service, Storage...). */
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

  private TargetCategories() {}

  /** The service an out-of-zone target belongs to; OTHER when no pattern knows it. */
  public static Category classify(Name target) {
    return category(HostedTarget.classify(target).category());
  }

  /** The AWS region a target's host name carries (ELB, S3 website, API Gateway...), or "". */
  public static String region(Name target) {
    return HostedTarget.classify(target).region();
  }

  private static Category category(TargetCategory category) {
    return switch (category) {
      case AWS_CLOUDFRONT -> Category.AWS_CLOUDFRONT;
      case AWS_ELB -> Category.AWS_ELB;
      case AWS_S3_WEBSITE -> Category.AWS_S3_WEBSITE;
      case AWS_S3 -> Category.AWS_S3;
      case AWS_API_GATEWAY -> Category.AWS_API_GATEWAY;
      case AWS_ELASTIC_BEANSTALK -> Category.AWS_ELASTIC_BEANSTALK;
      case AWS_GLOBAL_ACCELERATOR -> Category.AWS_GLOBAL_ACCELERATOR;
      case AWS_APP_RUNNER -> Category.AWS_APP_RUNNER;
      case AWS_VPC_ENDPOINT -> Category.AWS_VPC_ENDPOINT;
      case AWS_OTHER -> Category.AWS_OTHER;
      case AZURE_TRAFFIC_MANAGER -> Category.AZURE_TRAFFIC_MANAGER;
      case AZURE_CDN -> Category.AZURE_CDN;
      case AZURE_FRONT_DOOR -> Category.AZURE_FRONT_DOOR;
      case AZURE_PUBLIC_IP -> Category.AZURE_PUBLIC_IP;
      case AZURE_OTHER -> Category.AZURE;
      case GOOGLE_CLOUD -> Category.GOOGLE;
      case HEROKU -> Category.HEROKU;
      case GITHUB_PAGES -> Category.GITHUB_PAGES;
      case NETLIFY -> Category.NETLIFY;
      case VERCEL -> Category.VERCEL;
      case FASTLY -> Category.FASTLY;
      case AKAMAI -> Category.AKAMAI;
      case CLOUDFLARE -> Category.CLOUDFLARE;
      case EMAIL_SERVICE -> Category.ESP;
      case OTHER -> Category.OTHER;
    };
  }
}
