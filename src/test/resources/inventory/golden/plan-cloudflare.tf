# zonelint inventory --plan for example.com. (Cloudflare): names that send and receive no mail refuse it (RFC 7505, RFC 7208, RFC 7489)
# Set var.zone_id to the zone's ID.

# legacy.example.com. (A/AAAA host)
resource "cloudflare_dns_record" "legacy_mx" {
  zone_id  = var.zone_id
  name     = "legacy.example.com"
  type     = "MX"
  ttl      = 3600
  content  = "."
  priority = 0
}

resource "cloudflare_dns_record" "legacy_txt" {
  zone_id = var.zone_id
  name    = "legacy.example.com"
  type    = "TXT"
  ttl     = 3600
  content = "v=spf1 -all"
}

resource "cloudflare_dns_record" "_dmarc_legacy_txt" {
  zone_id = var.zone_id
  name    = "_dmarc.legacy.example.com"
  type    = "TXT"
  ttl     = 3600
  content = "v=DMARC1; p=reject; rua=mailto:dmarc@example.com;"
}

# ns1.example.com. (A/AAAA host)
resource "cloudflare_dns_record" "ns1_mx" {
  zone_id  = var.zone_id
  name     = "ns1.example.com"
  type     = "MX"
  ttl      = 3600
  content  = "."
  priority = 0
}

resource "cloudflare_dns_record" "ns1_txt" {
  zone_id = var.zone_id
  name    = "ns1.example.com"
  type    = "TXT"
  ttl     = 3600
  content = "v=spf1 -all"
}

resource "cloudflare_dns_record" "_dmarc_ns1_txt" {
  zone_id = var.zone_id
  name    = "_dmarc.ns1.example.com"
  type    = "TXT"
  ttl     = 3600
  content = "v=DMARC1; p=reject; rua=mailto:dmarc@example.com;"
}

# promo.example.com. (A/AAAA host)
resource "cloudflare_dns_record" "promo_mx" {
  zone_id  = var.zone_id
  name     = "promo.example.com"
  type     = "MX"
  ttl      = 3600
  content  = "."
  priority = 0
}

# replace the SPF record on line 24 by "v=spf1 -all"
resource "cloudflare_dns_record" "_dmarc_promo_txt" {
  zone_id = var.zone_id
  name    = "_dmarc.promo.example.com"
  type    = "TXT"
  ttl     = 3600
  content = "v=DMARC1; p=reject; rua=mailto:dmarc@example.com;"
}
