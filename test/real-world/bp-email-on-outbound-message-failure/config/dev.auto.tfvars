client_id                = "<client id here>"
client_secret            = "<client secret here>"
email_address            = "chat_notifications@support.super-company.com"
