output "action_name" {
  value = "${genesyscloud_integration_action.create-hubspot-ticket.name}"
}