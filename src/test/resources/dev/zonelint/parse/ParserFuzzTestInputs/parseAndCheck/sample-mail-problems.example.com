; mail authentication gone wrong: an SPF record over the 10-lookup limit, two SPF records at
; one name, a DMARC record without a policy, a 1024-bit DKIM key, and a parked name with a
; null MX but no SPF or DMARC to go with it (spf-*, dmarc-*, dkim-*, no-mail-posture).
$ORIGIN mail-problems.example.com.
$TTL 3600
@              SOA   ns1 hostmaster 2024061501 7200 3600 1209600 3600
@              NS    ns1
@              NS    ns2
ns1            A     192.0.2.53
ns2            A     198.51.100.53
@              MX    10 mx1
mx1            A     192.0.2.25
@              TXT   ( "v=spf1 mx a include:_spf.google.com include:spf.protection.outlook.com"
                       " include:sendgrid.net include:servers.mcsv.net include:mailgun.org"
                       " include:amazonses.com ptr -all" )
marketing      TXT   "v=spf1 include:servers.mcsv.net ~all"
marketing      TXT   "v=spf1 include:sendgrid.net ~all"
marketing      MX    10 mx1
_dmarc         TXT   "v=DMARC1; rua=mailto:dmarc@mail-problems.example.com"
old._domainkey TXT   "v=DKIM1; k=rsa; p=MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQCsgLOnLARW7IZya4SoAINA3fTUvXg7PQ1mPxJBMjMhMMwmWNGPPau+I6p5g/r6n1hRDsqOvrp7dJH/fVNQjsrQVdL1lbYohu0GduVfqR/8CDJICqh0PoeIwEgoV8aAp2kAtE1cQQVEgCKkw/49tPuBSFcV5yodeuArzT3cu1NxUQIDAQAB"
parked         MX    0 .
