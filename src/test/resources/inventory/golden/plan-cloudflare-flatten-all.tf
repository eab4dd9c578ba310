# zonelint inventory --plan for example.com. (Cloudflare (flatten all CNAMEs)): names that send and receive no mail refuse it (RFC 7505, RFC 7208, RFC 7489)
# Set var.zone_id to the zone's ID.

# api.example.com. (CNAME)
resource "cloudflare_dns_record" "api_mx" {
  zone_id  = var.zone_id
  name     = "api.example.com"
  type     = "MX"
  ttl      = 3600
  content  = "."
  priority = 0
}

resource "cloudflare_dns_record" "api_txt" {
  zone_id = var.zone_id
  name    = "api.example.com"
  type    = "TXT"
  ttl     = 3600
  content = "v=spf1 -all"
}

resource "cloudflare_dns_record" "_dmarc_api_txt" {
  zone_id = var.zone_id
  name    = "_dmarc.api.example.com"
  type    = "TXT"
  ttl     = 3600
  content = "v=DMARC1; p=reject; rua=mailto:dmarc@example.com;"
}

# docs.example.com. (CNAME)
resource "cloudflare_dns_record" "docs_mx" {
  zone_id  = var.zone_id
  name     = "docs.example.com"
  type     = "MX"
  ttl      = 3600
  content  = "."
  priority = 0
}

resource "cloudflare_dns_record" "docs_txt" {
  zone_id = var.zone_id
  name    = "docs.example.com"
  type    = "TXT"
  ttl     = 3600
  content = "v=spf1 -all"
}

resource "cloudflare_dns_record" "_dmarc_docs_txt" {
  zone_id = var.zone_id
  name    = "_dmarc.docs.example.com"
  type    = "TXT"
  ttl     = 3600
  content = "v=DMARC1; p=reject; rua=mailto:dmarc@example.com;"
}

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

# status.example.com. (CNAME)
resource "cloudflare_dns_record" "status_mx" {
  zone_id  = var.zone_id
  name     = "status.example.com"
  type     = "MX"
  ttl      = 3600
  content  = "."
  priority = 0
}

resource "cloudflare_dns_record" "status_txt" {
  zone_id = var.zone_id
  name    = "status.example.com"
  type    = "TXT"
  ttl     = 3600
  content = "v=spf1 -all"
}

resource "cloudflare_dns_record" "_dmarc_status_txt" {
  zone_id = var.zone_id
  name    = "_dmarc.status.example.com"
  type    = "TXT"
  ttl     = 3600
  content = "v=DMARC1; p=reject; rua=mailto:dmarc@example.com;"
}

# www.example.com. (CNAME)
resource "cloudflare_dns_record" "www_mx" {
  zone_id  = var.zone_id
  name     = "www.example.com"
  type     = "MX"
  ttl      = 3600
  content  = "."
  priority = 0
}

resource "cloudflare_dns_record" "www_txt" {
  zone_id = var.zone_id
  name    = "www.example.com"
  type    = "TXT"
  ttl     = 3600
  content = "v=spf1 -all"
}

resource "cloudflare_dns_record" "_dmarc_www_txt" {
  zone_id = var.zone_id
  name    = "_dmarc.www.example.com"
  type    = "TXT"
  ttl     = 3600
  content = "v=DMARC1; p=reject; rua=mailto:dmarc@example.com;"
}
