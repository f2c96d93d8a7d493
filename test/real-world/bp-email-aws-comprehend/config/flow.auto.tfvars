genesys_email_domain="devengagedev"
genesys_email_domain_region="pure.cloud"
classifier_url = "YOUR URL HERE"
classifier_api_key = "YOUR KEY HERE"
