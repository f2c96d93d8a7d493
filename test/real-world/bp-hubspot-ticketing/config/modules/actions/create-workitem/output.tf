output "action_name" {
  value = "${genesyscloud_integration_action.create-workitem.name}"
}