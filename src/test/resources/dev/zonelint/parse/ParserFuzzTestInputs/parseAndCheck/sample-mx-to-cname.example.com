; the MX points at mail, which is a CNAME: RFC 2181 §10.3 forbids it and some MTAs refuse to
; deliver (mx-target-cname).
$ORIGIN mx-to-cname.example.com.
$TTL 3600
@        SOA   ns1 hostmaster 2024061501 7200 3600 1209600 3600
@        NS    ns1
@        NS    ns2
ns1      A     192.0.2.1
ns2      A     192.0.2.2
@        MX    10 mail
mail     CNAME mailhost
mailhost A     192.0.2.25
