output "config_id" {
  value = "${genesyscloud_webdeployments_configuration.Message_Configuration_for_Sending_Copy_of_Transcript_by_Email.id}"
}

output "config_ver" {
  value = "${genesyscloud_webdeployments_configuration.Message_Configuration_for_Sending_Copy_of_Transcript_by_Email.version}"
}