output "action_name" {
  value = "${genesyscloud_integration_action.action-1.name}"
}