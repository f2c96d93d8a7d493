oauthAWSRegion = "eu-west-1"
proxyHost = "surf-lbr.pasi.log.intra.laposte.fr"
proxyPort = "8080"
proxyProtocol = "http"
proxyUsername = "<redacted>"
proxyPassword = "<redacted>"

oauthClientId_ASSE = "470e135b-dcbe-45cb-a4ef-5ed9c38690e5"
oauthClientSecret_ASSE = "<redacted>"

oauthClientId_TFON = ""
oauthClientSecret_TFON = ""

oauthClientId_R7EX = ""
oauthClientSecret_R7EX = ""

oauthClientId_PROD = ""
oauthClientSecret_PROD = ""


