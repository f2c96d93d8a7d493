output "config_id" {
  value = "${genesyscloud_webdeployments_configuration.webMsgConfiguration.id}"
}

output "config_ver" {
  value = "${genesyscloud_webdeployments_configuration.webMsgConfiguration.version}"
}