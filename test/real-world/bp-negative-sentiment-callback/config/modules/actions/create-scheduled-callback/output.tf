output "action_name" {
  value = "${genesyscloud_integration_action.create_scheduled_callback.name}"
}