divisionId = "4a7e4f4b-e734-40b6-838e-557c5eedd49a"
userId =  "ad373d0e-a737-440c-ad35-c6c608d11fe9"
oauthClientId = "7de3af06-c0b3-4f9b-af45-72f4a14037cc"
oauthClientSecret = "<redacted>"
awsRegion = "us-east-1"


##Below are the parameters for generating the WebMessaging Widget
genesysCloudScriptUrl = "https://apps.usw2.pure.cloud"
genesysCloudScriptEnv = "usw2"
