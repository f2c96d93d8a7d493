data "genesyscloud_integration" "Genesys_Cloud_Data_Actions_-_Internal" {
    name = "Genesys Cloud Data Actions - Internal"
}