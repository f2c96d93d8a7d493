#Prod
client_id       = "12345678-1234-1234-1234-1234567890ab"
client_secret   = "1234567890"
email           = ""
username        = "testuser"
password        = "testpassword"
security_token  = "testtoken"
conversation_id = ""
ani             = ""
support_queue   = ""

