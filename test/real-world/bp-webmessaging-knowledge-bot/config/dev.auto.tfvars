genesyscloud_scripting_env = "use1"
genesyscloud_scripting_url = "https://apps.mypurecloud.com"