#Prod
client_id       = "your-client-id"
client_secret   = "your-client-secret"
dnis            = "tel:+10123456789"
sms_number      = "+11234567890"
callback_queue  = "callback-queue-name"
sms_queue       = "sms-queue-name"