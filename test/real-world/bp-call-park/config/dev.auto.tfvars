client_id     = "xxx"
client_secret = "xxx"
division_name = "New Home"
org_id        = "xxx"

