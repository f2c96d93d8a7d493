output "action_name" {
  value = "${genesyscloud_integration_action.get_participant_id.name}"
}