package dev.zonelint.check.rules.alias;

import dev.zonelint.check.NodeRule;
import java.util.Set;
import org.xbill.DNS.Type;

/** A rule about names that alias another: a CNAME, or a pseudo-record such as ALIAS or ANAME. */
interface AliasingRule extends NodeRule {
  @Override
  default Set<Integer> triggerTypes() {
    return Set.of(Type.CNAME);
  }

  @Override
  default boolean triggeredByPseudoRecords() {
    return true;
  }
}
