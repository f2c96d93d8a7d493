data "genesyscloud_script" "default_script" {
  name = "Default Outbound Script"
}