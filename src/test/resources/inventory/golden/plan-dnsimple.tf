# zonelint inventory --plan for example.com. (DNSimple): names that send and receive no mail refuse it (RFC 7505, RFC 7208, RFC 7489)

# legacy.example.com. (A/AAAA host)
resource "dnsimple_zone_record" "legacy_mx" {
  zone_name = "example.com"
  name      = "legacy"
  type      = "MX"
  value     = "."
  priority  = 0
  ttl       = 3600
}

resource "dnsimple_zone_record" "legacy_txt" {
  zone_name = "example.com"
  name      = "legacy"
  type      = "TXT"
  value     = "v=spf1 -all"
  ttl       = 3600
}

resource "dnsimple_zone_record" "_dmarc_legacy_txt" {
  zone_name = "example.com"
  name      = "_dmarc.legacy"
  type      = "TXT"
  value     = "v=DMARC1; p=reject; rua=mailto:dmarc@example.com;"
  ttl       = 3600
}

# ns1.example.com. (A/AAAA host)
resource "dnsimple_zone_record" "ns1_mx" {
  zone_name = "example.com"
  name      = "ns1"
  type      = "MX"
  value     = "."
  priority  = 0
  ttl       = 3600
}

resource "dnsimple_zone_record" "ns1_txt" {
  zone_name = "example.com"
  name      = "ns1"
  type      = "TXT"
  value     = "v=spf1 -all"
  ttl       = 3600
}

resource "dnsimple_zone_record" "_dmarc_ns1_txt" {
  zone_name = "example.com"
  name      = "_dmarc.ns1"
  type      = "TXT"
  value     = "v=DMARC1; p=reject; rua=mailto:dmarc@example.com;"
  ttl       = 3600
}

# promo.example.com. (A/AAAA host)
resource "dnsimple_zone_record" "promo_mx" {
  zone_name = "example.com"
  name      = "promo"
  type      = "MX"
  value     = "."
  priority  = 0
  ttl       = 3600
}

# replace the SPF record on line 24 by "v=spf1 -all"
resource "dnsimple_zone_record" "_dmarc_promo_txt" {
  zone_name = "example.com"
  name      = "_dmarc.promo"
  type      = "TXT"
  value     = "v=DMARC1; p=reject; rua=mailto:dmarc@example.com;"
  ttl       = 3600
}
