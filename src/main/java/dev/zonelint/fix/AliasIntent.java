package dev.zonelint.fix;

import dev.zonelint.provider.AwsAliasTarget;
import org.xbill.DNS.Name;

/**
 * An alias the zone needs but whose provider keeps outside the zone file, for {@code --emit}.
 *
 * @param owner the name that needs the alias
 * @param target where the CNAME pointed
 * @param aws for Route 53, the AWS resource recognised from the target; else null
 */
public record AliasIntent(Name owner, Name target, long ttl, AwsAliasTarget aws) {}
