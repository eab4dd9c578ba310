package dev.zonelint.check.rules.mail;

import dev.zonelint.check.Rule;
import java.util.List;

/** The rules of this part of the Mail authentication section, in catalogue order. */
public final class MailAuthRules {
  private MailAuthRules() {}

  public static List<Rule> all() {
    return List.of(
        new DmarcSyntax(),
        new DmarcMultiple(),
        new DmarcNotAtDmarcName(),
        new DkimSyntax(),
        new DkimKeyInvalid(),
        new DkimWeakKey(),
        new MtaStsSyntax(),
        new TlsRptSyntax(),
        new MxWithoutSpf(),
        new MxWithoutDmarc(),
        new NoMailPosture());
  }
}
