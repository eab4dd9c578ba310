# zonelint inventory --plan for example.com. (Google Cloud DNS): names that send and receive no mail refuse it (RFC 7505, RFC 7208, RFC 7489)
# Set var.managed_zone to the name of the zone's managed zone.

# legacy.example.com. (A/AAAA host)
resource "google_dns_record_set" "legacy_mx" {
  managed_zone = var.managed_zone
  name         = "legacy.example.com."
  type         = "MX"
  ttl          = 3600
  rrdatas      = ["0 ."]
}

resource "google_dns_record_set" "legacy_txt" {
  managed_zone = var.managed_zone
  name         = "legacy.example.com."
  type         = "TXT"
  ttl          = 3600
  rrdatas      = ["\"v=spf1 -all\""]
}

resource "google_dns_record_set" "_dmarc_legacy_txt" {
  managed_zone = var.managed_zone
  name         = "_dmarc.legacy.example.com."
  type         = "TXT"
  ttl          = 3600
  rrdatas      = ["\"v=DMARC1; p=reject; rua=mailto:dmarc@example.com;\""]
}

# ns1.example.com. (A/AAAA host)
resource "google_dns_record_set" "ns1_mx" {
  managed_zone = var.managed_zone
  name         = "ns1.example.com."
  type         = "MX"
  ttl          = 3600
  rrdatas      = ["0 ."]
}

resource "google_dns_record_set" "ns1_txt" {
  managed_zone = var.managed_zone
  name         = "ns1.example.com."
  type         = "TXT"
  ttl          = 3600
  rrdatas      = ["\"v=spf1 -all\""]
}

resource "google_dns_record_set" "_dmarc_ns1_txt" {
  managed_zone = var.managed_zone
  name         = "_dmarc.ns1.example.com."
  type         = "TXT"
  ttl          = 3600
  rrdatas      = ["\"v=DMARC1; p=reject; rua=mailto:dmarc@example.com;\""]
}

# promo.example.com. (A/AAAA host)
resource "google_dns_record_set" "promo_mx" {
  managed_zone = var.managed_zone
  name         = "promo.example.com."
  type         = "MX"
  ttl          = 3600
  rrdatas      = ["0 ."]
}

# replace the SPF record on line 24 by "v=spf1 -all"
resource "google_dns_record_set" "_dmarc_promo_txt" {
  managed_zone = var.managed_zone
  name         = "_dmarc.promo.example.com."
  type         = "TXT"
  ttl          = 3600
  rrdatas      = ["\"v=DMARC1; p=reject; rua=mailto:dmarc@example.com;\""]
}
