#Prod
client_id       = "your-client-id"
client_secret   = "your-client-secret"
sms_number      = "+11234567890"
callback_queue  = "callback-queue-name"
wrapup_code     = "wrapup_code"