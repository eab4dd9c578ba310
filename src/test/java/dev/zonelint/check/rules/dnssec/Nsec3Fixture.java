package dev.zonelint.check.rules.dnssec;

/** The NSEC3 fixture's records by the name they were hashed from (salt abcd, no iterations). */
final class Nsec3Fixture {
  static final String APEX = "vr9c9n860koddjcmhuuq6a3iri5ar02i";
  static final String NS1 = "62qb06h9i34m077om10nrou8cn066vrn";
  static final String WWW = "ra6cquekc5cvcrs4q0b463fimd81f91t";
  static final String HOST_B_C = "io92knit98u4e8inavegbho6kpb614hn";
  static final String B_C = "9i546evj4slirgsvomjvlq2nfkhu4knn";
  static final String SECURE = "2ger8cl64156ueo1sv7rjnfdmuhabagv";
  static final String INSECURE = "ko3bapi44bcj3dcpnl2nbngnrpltsuja";
  static final String NS2 = "jlgtmouvaslo8ljhl7i82b8cf4pk0m60";
  static final String DELEG_ENT = "hgkg5iaipbr1of6csv95rth0u4obgc9t";
  static final String WILD = "dvosn6gviaugoe0fgq1ms84tu2p2q0ih";
  static final String ENT = "pq55rbrogqgne0q95nor71c1l09umv6a";

  private Nsec3Fixture() {}

  /** The start of the NSEC3 line of a hash. */
  static String nsec3(String hash) {
    return hash + ".example.com.\t3600\tIN\tNSEC3\t";
  }

  /** The start of the RRSIG line over the NSEC3 of a hash. */
  static String rrsig(String hash) {
    return hash + ".example.com.\t3600\tIN\tRRSIG\tNSEC3 ";
  }

  /** The fixture without the NSEC3 of these hashes and their signatures. */
  static String without(String zone, String... hashes) {
    String out = zone;
    for (String h : hashes) {
      out = Signed.without(out, nsec3(h), rrsig(h));
    }
    return out;
  }
}
