package dev.zonelint.check.rules.alias;

import dev.zonelint.check.Category;
import dev.zonelint.check.RuleContext;
import dev.zonelint.check.RuleInfo;
import dev.zonelint.diag.Severity;
import dev.zonelint.provider.HostPatterns;
import dev.zonelint.zone.Node;
import dev.zonelint.zone.RecordKind;
import dev.zonelint.zone.ZoneRecord;
import org.xbill.DNS.Name;
import org.xbill.DNS.Type;

/**
 * A CNAME (or ALIAS/ANAME) to a hosting service where a deleted resource's name can be claimed by
 * anyone: once the bucket, app or site is gone, whoever claims it serves content, cookies and
 * phishing pages under this zone's name (subdomain takeover). The zone file alone cannot tell
 * whether the resource exists, so this is a reminder to check it. Patterns come from
 * can-i-take-over-xyz ("vulnerable" and "edge case" services) and Microsoft's guidance on dangling
 * DNS. Route 53 alias records are left out: they cannot point at a deleted resource.
 */
public final class TakeoverProneCname implements AliasingRule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "takeover-prone-cname",
          "A CNAME to a hosting service known for subdomain takeover needs its resource checked",
          Severity.INFO,
          Category.ALIAS);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  /** Name suffix ({@link HostPatterns} syntax), then the service. */
  private static final String[][] PATTERNS = {
    {"s3.amazonaws.com", "AWS S3"},
    {"s3-*.amazonaws.com", "AWS S3"},
    {"s3.*.amazonaws.com", "AWS S3"},
    {"s3-website.*.amazonaws.com", "AWS S3 website"},
    {"s3.dualstack.*.amazonaws.com", "AWS S3"},
    {"elasticbeanstalk.com", "AWS Elastic Beanstalk"},
    {"azurewebsites.net", "Azure App Service"},
    {"cloudapp.net", "Azure Cloud Services"},
    {"cloudapp.azure.com", "Azure public IP"},
    {"trafficmanager.net", "Azure Traffic Manager"},
    {"blob.core.windows.net", "Azure Blob Storage"},
    {"azure-api.net", "Azure API Management"},
    {"azurehdinsight.net", "Azure HDInsight"},
    {"azureedge.net", "Azure CDN"},
    {"azurecontainer.io", "Azure Container Instances"},
    {"azurefd.net", "Azure Front Door"},
    {"database.windows.net", "Azure SQL Database"},
    {"azurecr.io", "Azure Container Registry"},
    {"azuredatalakestore.net", "Azure Data Lake Storage"},
    {"search.windows.net", "Azure Search"},
    {"redis.cache.windows.net", "Azure Cache for Redis"},
    {"servicebus.windows.net", "Azure Service Bus"},
    {"visualstudio.com", "Azure DevOps"},
    {"github.io", "GitHub Pages"},
    {"herokuapp.com", "Heroku"},
    {"herokudns.com", "Heroku"},
    {"bitbucket.io", "Bitbucket"},
    {"ghost.io", "Ghost"},
    {"netlify.app", "Netlify"},
    {"vercel.app", "Vercel"},
    {"myshopify.com", "Shopify"},
    {"wordpress.com", "WordPress.com"},
    {"tumblr.com", "Tumblr"},
    {"webflow.com", "Webflow"},
    {"readme.io", "ReadMe"},
    {"helpjuice.com", "Helpjuice"},
    {"helpscoutdocs.com", "Help Scout Docs"},
    {"helprace.com", "Helprace"},
    {"trydiscourse.com", "Discourse"},
    {"ngrok.io", "ngrok"},
    {"surge.sh", "Surge"},
    {"hatenablog.com", "Hatena Blog"},
    {"agilecrm.com", "Agile CRM"},
    {"launchrock.com", "LaunchRock"},
    {"youtrack.cloud", "YouTrack"},
    {"strikinglydns.com", "Strikingly"},
    {"bigcartel.com", "Big Cartel"},
    {"aha.io", "Aha!"},
    {"thinkific.com", "Thinkific"},
    {"cargo.site", "Cargo"},
    {"uberflip.com", "Uberflip"},
    {"surveysparrow.com", "SurveySparrow"},
    {"campaignmonitor.com", "Campaign Monitor"},
  };

  private static final HostPatterns<String> SERVICES = HostPatterns.of(PATTERNS);

  @Override
  public void check(Node node, RuleContext context) {
    if (!node.isServed()) {
      return;
    }
    for (ZoneRecord r : node.records()) {
      boolean alias = r.isPseudo() ? r.kind() != RecordKind.AWS_ALIAS : r.type() == Type.CNAME;
      String service = alias ? service(context.target(r)) : null;
      if (service == null) {
        continue;
      }
      context.report(
          r,
          () ->
              "'"
                  + node.name()
                  + "' is "
                  + (r.isPseudo() ? "an " + r.typeName() : "a CNAME")
                  + " to '"
                  + context.target(r)
                  + "' on "
                  + service
                  + ": if that resource is deleted while this record stays, whoever claims the"
                  + " name next serves their content on '"
                  + node.name()
                  + "' (subdomain takeover)",
          () ->
              "check that the "
                  + service
                  + " resource still exists and belongs to you, and delete this record in the"
                  + " same change that removes the resource");
    }
  }

  /** The service whose pattern the name matches, or null. */
  static String service(Name name) {
    return SERVICES.match(name);
  }
}
