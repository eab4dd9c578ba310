# zonelint inventory --plan for example.com. (NS1): names that send and receive no mail refuse it (RFC 7505, RFC 7208, RFC 7489)

# legacy.example.com. (A/AAAA host)
resource "ns1_record" "legacy_mx" {
  zone   = "example.com"
  domain = "legacy.example.com"
  type   = "MX"
  ttl    = 3600
  answers {
    answer = "0 ."
  }
}

resource "ns1_record" "legacy_txt" {
  zone   = "example.com"
  domain = "legacy.example.com"
  type   = "TXT"
  ttl    = 3600
  answers {
    answer = "v=spf1 -all"
  }
}

resource "ns1_record" "_dmarc_legacy_txt" {
  zone   = "example.com"
  domain = "_dmarc.legacy.example.com"
  type   = "TXT"
  ttl    = 3600
  answers {
    answer = "v=DMARC1; p=reject; rua=mailto:dmarc@example.com;"
  }
}

# ns1.example.com. (A/AAAA host)
resource "ns1_record" "ns1_mx" {
  zone   = "example.com"
  domain = "ns1.example.com"
  type   = "MX"
  ttl    = 3600
  answers {
    answer = "0 ."
  }
}

resource "ns1_record" "ns1_txt" {
  zone   = "example.com"
  domain = "ns1.example.com"
  type   = "TXT"
  ttl    = 3600
  answers {
    answer = "v=spf1 -all"
  }
}

resource "ns1_record" "_dmarc_ns1_txt" {
  zone   = "example.com"
  domain = "_dmarc.ns1.example.com"
  type   = "TXT"
  ttl    = 3600
  answers {
    answer = "v=DMARC1; p=reject; rua=mailto:dmarc@example.com;"
  }
}

# promo.example.com. (A/AAAA host)
resource "ns1_record" "promo_mx" {
  zone   = "example.com"
  domain = "promo.example.com"
  type   = "MX"
  ttl    = 3600
  answers {
    answer = "0 ."
  }
}

# replace the SPF record on line 24 by "v=spf1 -all"
resource "ns1_record" "_dmarc_promo_txt" {
  zone   = "example.com"
  domain = "_dmarc.promo.example.com"
  type   = "TXT"
  ttl    = 3600
  answers {
    answer = "v=DMARC1; p=reject; rua=mailto:dmarc@example.com;"
  }
}
