terraform {
    required_providers {
        genesyscloud = {
            source  = "mypurecloud/genesyscloud"
            version = "1.3.0"
        }
    }
}