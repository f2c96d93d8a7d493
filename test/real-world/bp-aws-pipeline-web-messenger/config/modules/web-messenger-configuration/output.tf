output "config_id" {
  value = genesyscloud_webdeployments_configuration.web_message_configuration.id
}

output "config_ver" {
  value = genesyscloud_webdeployments_configuration.web_message_configuration.version
}
