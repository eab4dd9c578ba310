# zonelint inventory --plan for example.com. (Azure DNS): names that send and receive no mail refuse it (RFC 7505, RFC 7208, RFC 7489)
# Set var.zone_name and var.resource_group_name to the DNS zone's.

# legacy.example.com. (A/AAAA host)
resource "azurerm_dns_mx_record" "legacy_mx" {
  name                = "legacy"
  zone_name           = var.zone_name
  resource_group_name = var.resource_group_name
  ttl                 = 3600
  record {
    preference = 0
    exchange   = "."
  }
}

resource "azurerm_dns_txt_record" "legacy_txt" {
  name                = "legacy"
  zone_name           = var.zone_name
  resource_group_name = var.resource_group_name
  ttl                 = 3600
  record {
    value = "v=spf1 -all"
  }
}

resource "azurerm_dns_txt_record" "_dmarc_legacy_txt" {
  name                = "_dmarc.legacy"
  zone_name           = var.zone_name
  resource_group_name = var.resource_group_name
  ttl                 = 3600
  record {
    value = "v=DMARC1; p=reject; rua=mailto:dmarc@example.com;"
  }
}

# ns1.example.com. (A/AAAA host)
resource "azurerm_dns_mx_record" "ns1_mx" {
  name                = "ns1"
  zone_name           = var.zone_name
  resource_group_name = var.resource_group_name
  ttl                 = 3600
  record {
    preference = 0
    exchange   = "."
  }
}

resource "azurerm_dns_txt_record" "ns1_txt" {
  name                = "ns1"
  zone_name           = var.zone_name
  resource_group_name = var.resource_group_name
  ttl                 = 3600
  record {
    value = "v=spf1 -all"
  }
}

resource "azurerm_dns_txt_record" "_dmarc_ns1_txt" {
  name                = "_dmarc.ns1"
  zone_name           = var.zone_name
  resource_group_name = var.resource_group_name
  ttl                 = 3600
  record {
    value = "v=DMARC1; p=reject; rua=mailto:dmarc@example.com;"
  }
}

# promo.example.com. (A/AAAA host)
resource "azurerm_dns_mx_record" "promo_mx" {
  name                = "promo"
  zone_name           = var.zone_name
  resource_group_name = var.resource_group_name
  ttl                 = 3600
  record {
    preference = 0
    exchange   = "."
  }
}

# replace the SPF record on line 24 by "v=spf1 -all"
resource "azurerm_dns_txt_record" "_dmarc_promo_txt" {
  name                = "_dmarc.promo"
  zone_name           = var.zone_name
  resource_group_name = var.resource_group_name
  ttl                 = 3600
  record {
    value = "v=DMARC1; p=reject; rua=mailto:dmarc@example.com;"
  }
}
