output "action_name" {
  value = "${genesyscloud_integration_action.update_aprticipant_data.name}"
}