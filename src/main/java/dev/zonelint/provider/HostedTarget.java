package dev.zonelint.provider;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xbill.DNS.Name;

/**
 * A target host name classified by the service that runs it.
 *
 * @param category the kind of service
 * @param service the service's name as users know it ("SendGrid", "ELB (NLB)")
 * @param region the cloud region where the name says it, else ""
 */
public record HostedTarget(TargetCategory category, String service, String region) {

  /**
   * Suffixes of services that are not Route 53 alias targets, most specific first (providers.md §4
   * and §5; e-mail services from their setup guides).
   */
  private static final HostPatterns<HostedTarget> PATTERNS =
      new HostPatterns<HostedTarget>()
          // AWS names that Route 53 cannot alias to, or in regions the tables lack.
          .add("amazonses.com", of(TargetCategory.EMAIL_SERVICE, "Amazon SES"))
          .add("s3-website-*.amazonaws.com", of(TargetCategory.AWS_S3_WEBSITE, "S3 website"))
          .add("s3-website.*.amazonaws.com", of(TargetCategory.AWS_S3_WEBSITE, "S3 website"))
          .add("s3.amazonaws.com", of(TargetCategory.AWS_S3, "S3"))
          .add("s3.*.amazonaws.com", of(TargetCategory.AWS_S3, "S3"))
          .add("s3-*.amazonaws.com", of(TargetCategory.AWS_S3, "S3"))
          .add("elb.amazonaws.com", of(TargetCategory.AWS_ELB, "ELB"))
          .add("elb.*.amazonaws.com", of(TargetCategory.AWS_ELB, "ELB"))
          .add("execute-api.*.amazonaws.com", of(TargetCategory.AWS_API_GATEWAY, "API Gateway"))
          .add("vpce.amazonaws.com", of(TargetCategory.AWS_VPC_ENDPOINT, "VPC endpoint"))
          .add("elasticbeanstalk.com", of(TargetCategory.AWS_ELASTIC_BEANSTALK, "Beanstalk"))
          .add("awsapprunner.com", of(TargetCategory.AWS_APP_RUNNER, "App Runner"))
          .add("amazonaws.com", of(TargetCategory.AWS_OTHER, "AWS"))
          .add("amazonaws.com.cn", of(TargetCategory.AWS_OTHER, "AWS"))
          .add("amplifyapp.com", of(TargetCategory.AWS_OTHER, "Amplify"))
          // Microsoft 365 before Azure: its DKIM hosts are under onmicrosoft.com.
          .add("onmicrosoft.com", of(TargetCategory.EMAIL_SERVICE, "Microsoft 365"))
          .add("protection.outlook.com", of(TargetCategory.EMAIL_SERVICE, "Microsoft 365"))
          .add("outlook.com", of(TargetCategory.EMAIL_SERVICE, "Microsoft 365"))
          .add("trafficmanager.net", of(TargetCategory.AZURE_TRAFFIC_MANAGER, "Traffic Manager"))
          .add("azureedge.net", of(TargetCategory.AZURE_CDN, "Azure CDN"))
          .add("azurefd.net", of(TargetCategory.AZURE_FRONT_DOOR, "Front Door"))
          .add("cloudapp.azure.com", of(TargetCategory.AZURE_PUBLIC_IP, "public IP"))
          .add("azurewebsites.net", of(TargetCategory.AZURE_OTHER, "App Service"))
          .add("azurestaticapps.net", of(TargetCategory.AZURE_OTHER, "Static Web Apps"))
          .add("cloudapp.net", of(TargetCategory.AZURE_OTHER, "Cloud Services"))
          .add("core.windows.net", of(TargetCategory.AZURE_OTHER, "Azure Storage"))
          .add("azure-api.net", of(TargetCategory.AZURE_OTHER, "API Management"))
          .add("azurecontainer.io", of(TargetCategory.AZURE_OTHER, "Container Instances"))
          .add("azure.com", of(TargetCategory.AZURE_OTHER, "Azure"))
          // Google Workspace mail before Google hosting.
          .add("aspmx.l.google.com", of(TargetCategory.EMAIL_SERVICE, "Google Workspace"))
          .add("googlemail.com", of(TargetCategory.EMAIL_SERVICE, "Google Workspace"))
          .add("ghs.googlehosted.com", of(TargetCategory.GOOGLE_CLOUD, "Google Sites"))
          .add("ghs.google.com", of(TargetCategory.GOOGLE_CLOUD, "Google Sites"))
          .add("storage.googleapis.com", of(TargetCategory.GOOGLE_CLOUD, "Cloud Storage"))
          .add("appspot.com", of(TargetCategory.GOOGLE_CLOUD, "App Engine"))
          .add("web.app", of(TargetCategory.GOOGLE_CLOUD, "Firebase Hosting"))
          .add("firebaseapp.com", of(TargetCategory.GOOGLE_CLOUD, "Firebase Hosting"))
          .add("run.app", of(TargetCategory.GOOGLE_CLOUD, "Cloud Run"))
          .add("herokudns.com", of(TargetCategory.HEROKU, "Heroku"))
          .add("herokuapp.com", of(TargetCategory.HEROKU, "Heroku"))
          .add("herokussl.com", of(TargetCategory.HEROKU, "Heroku"))
          .add("github.io", of(TargetCategory.GITHUB_PAGES, "GitHub Pages"))
          .add("netlify.app", of(TargetCategory.NETLIFY, "Netlify"))
          .add("netlify.com", of(TargetCategory.NETLIFY, "Netlify"))
          .add("netlifyglobalcdn.com", of(TargetCategory.NETLIFY, "Netlify"))
          .add("vercel.app", of(TargetCategory.VERCEL, "Vercel"))
          .add("vercel-dns*.com", of(TargetCategory.VERCEL, "Vercel"))
          .add("fastly.net", of(TargetCategory.FASTLY, "Fastly"))
          .add("fastlylb.net", of(TargetCategory.FASTLY, "Fastly"))
          .add("edgekey.net", of(TargetCategory.AKAMAI, "Akamai"))
          .add("edgesuite.net", of(TargetCategory.AKAMAI, "Akamai"))
          .add("akamaiedge.net", of(TargetCategory.AKAMAI, "Akamai"))
          .add("akamai.net", of(TargetCategory.AKAMAI, "Akamai"))
          .add("akamaized.net", of(TargetCategory.AKAMAI, "Akamai"))
          .add("pages.dev", of(TargetCategory.CLOUDFLARE, "Cloudflare Pages"))
          .add("workers.dev", of(TargetCategory.CLOUDFLARE, "Cloudflare Workers"))
          .add("cloudflare.net", of(TargetCategory.CLOUDFLARE, "Cloudflare"))
          // Name servers of zones hosted on Cloudflare, the targets of delegations (providers.md
          // §7).
          .add("ns.cloudflare.com", of(TargetCategory.CLOUDFLARE, "Cloudflare DNS"))
          .add("sendgrid.net", of(TargetCategory.EMAIL_SERVICE, "SendGrid"))
          .add("mcsv.net", of(TargetCategory.EMAIL_SERVICE, "Mailchimp"))
          .add("mandrillapp.com", of(TargetCategory.EMAIL_SERVICE, "Mailchimp Transactional"))
          .add("mailgun.org", of(TargetCategory.EMAIL_SERVICE, "Mailgun"))
          .add("mtasv.net", of(TargetCategory.EMAIL_SERVICE, "Postmark"))
          .add("sparkpostmail.com", of(TargetCategory.EMAIL_SERVICE, "SparkPost"))
          .add("mktomail.com", of(TargetCategory.EMAIL_SERVICE, "Marketo"))
          .add("hubspotemail.net", of(TargetCategory.EMAIL_SERVICE, "HubSpot"))
          .add("zoho.com", of(TargetCategory.EMAIL_SERVICE, "Zoho Mail"))
          .add("zoho.eu", of(TargetCategory.EMAIL_SERVICE, "Zoho Mail"));

  private static final HostedTarget OTHER = of(TargetCategory.OTHER, "");

  /** A region label, bare or after an S3 endpoint prefix (providers.md §3.3). */
  private static final Pattern AWS_REGION =
      Pattern.compile("(?:s3-website-|s3-)?([a-z]{2}(?:-gov)?-[a-z]+-\\d)");

  private static HostedTarget of(TargetCategory category, String service) {
    return new HostedTarget(category, service, "");
  }

  /** The service behind {@code target}; {@link TargetCategory#OTHER} when none is known. */
  public static HostedTarget classify(Name target) {
    Optional<AwsAliasTarget> aws = AwsAliasTargets.recognise(target);
    if (aws.isPresent()) {
      AwsAliasTarget t = aws.get();
      return new HostedTarget(awsCategory(t.service()), t.service(), t.region());
    }
    HostedTarget known = PATTERNS.match(target);
    if (known == null) {
      return OTHER;
    }
    return known.category().isAws()
        ? new HostedTarget(known.category(), known.service(), awsRegion(target))
        : known;
  }

  /**
   * The region of an AWS name Route 53 cannot alias to (an API's default endpoint, an S3 REST
   * endpoint, a region the tables lack): the rightmost label that names one, as {@code eu-west-1}
   * or {@code s3-website-eu-west-1}; else "".
   */
  private static String awsRegion(Name target) {
    for (int i = target.labels() - 1; i >= 0; i--) {
      Matcher m = AWS_REGION.matcher(target.getLabelString(i).toLowerCase(Locale.ROOT));
      if (m.matches()) {
        return m.group(1);
      }
    }
    return "";
  }

  private static TargetCategory awsCategory(String service) {
    return switch (service) {
      case AwsAliasTargets.CLOUDFRONT -> TargetCategory.AWS_CLOUDFRONT;
      case AwsAliasTargets.GLOBAL_ACCELERATOR -> TargetCategory.AWS_GLOBAL_ACCELERATOR;
      case AwsAliasTargets.ELB, AwsAliasTargets.NLB -> TargetCategory.AWS_ELB;
      case AwsAliasTargets.S3_WEBSITE -> TargetCategory.AWS_S3_WEBSITE;
      case AwsAliasTargets.ELASTIC_BEANSTALK -> TargetCategory.AWS_ELASTIC_BEANSTALK;
      case AwsAliasTargets.API_GATEWAY -> TargetCategory.AWS_API_GATEWAY;
      case AwsAliasTargets.VPC_ENDPOINT -> TargetCategory.AWS_VPC_ENDPOINT;
      case AwsAliasTargets.APP_RUNNER -> TargetCategory.AWS_APP_RUNNER;
      default -> TargetCategory.AWS_OTHER;
    };
  }
}
