output "action_name" {
  value = "${genesyscloud_integration_action.get_cust_participant_data.name}"
}