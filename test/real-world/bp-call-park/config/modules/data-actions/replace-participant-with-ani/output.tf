output "action_name" {
  value = genesyscloud_integration_action.replace_participant_with_ani.name
}
