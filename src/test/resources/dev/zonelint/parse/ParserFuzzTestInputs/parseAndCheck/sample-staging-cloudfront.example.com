; staging.example.com is CNAME'd to CloudFront, then someone added SPF and a null MX beside it:
; Route 53 rejects the change, BIND loads it and answers inconsistently (cname-and-other-data).
$ORIGIN example.com.
$TTL 3600
@           SOA   ns1 hostmaster 2024061501 7200 3600 1209600 3600
@           NS    ns1
@           NS    ns2
@           A     192.0.2.10
@           MX    10 mx1
@           TXT   "v=spf1 mx -all"
ns1         A     192.0.2.1
ns2         A     198.51.100.1
mx1         A     192.0.2.25
staging     CNAME d1a2b3c4d5e6f7.cloudfront.net.
staging     TXT   "v=spf1 -all"
staging     MX    0 .
