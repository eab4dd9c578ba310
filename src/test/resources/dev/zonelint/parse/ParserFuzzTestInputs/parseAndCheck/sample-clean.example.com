; a clean, realistic zone: no findings expected.
$ORIGIN clean.example.com.
$TTL 3600
@               IN SOA  ns1 hostmaster (
                        2024061501 ; serial
                        7200       ; refresh
                        3600       ; retry
                        1209600    ; expire
                        3600 )     ; negative-cache TTL
                IN NS   ns1
                IN NS   ns2.example.net.
                IN A    192.0.2.80
                IN AAAA 2001:db8::80
                IN MX   10 mx1
                IN MX   20 mx2
                IN TXT  "v=spf1 mx -all"
                IN CAA  0 issue "letsencrypt.org"
ns1             IN A    192.0.2.53
mx1             IN A    192.0.2.25
mx2             IN A    198.51.100.25
www             IN CNAME @
_dmarc          IN TXT  "v=DMARC1; p=reject; rua=mailto:dmarc@clean.example.com"
s1._domainkey   IN CNAME s1.domainkey.u1234567.wl.sendgrid.net.
_sip._tcp       IN SRV  10 5 5060 sip
sip             IN A    192.0.2.60
; a delegated subzone with in-bailiwick glue
lab             IN NS   ns.lab
ns.lab          IN A    192.0.2.99
