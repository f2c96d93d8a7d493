#Prod
client_id       = "12345678-1234-1234-1234-1234567890ab"
client_secret   = "1234567890"
account_id      = "12345678"
division_id     = "12345678-1234-1234-1234-1234567890ab"
email           = "test.dummy@email.com"
bearer_token    = "Bearer 123-abc-12345678-1234-1234-1234-1234567890ab"