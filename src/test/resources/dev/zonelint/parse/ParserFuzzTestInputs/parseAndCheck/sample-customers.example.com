; a customer subdomain CNAME'd to the SaaS platform with its own MX beside it: mail routing
; depends on which answer a sender's resolver cached (cname-and-other-data).
$ORIGIN customers.example.com.
$TTL 3600
@        SOA   ns1.example.com. hostmaster.example.com. 2024061501 7200 3600 1209600 3600
@        NS    ns1.example.com.
@        NS    ns2.example.com.
acme     CNAME acme.saas-platform.example.
acme     MX    10 mx.acme-corp.example.
globex   CNAME globex.saas-platform.example.
