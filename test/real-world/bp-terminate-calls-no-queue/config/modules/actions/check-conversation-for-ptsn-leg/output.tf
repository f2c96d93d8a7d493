output "action_name" {
  value = "${genesyscloud_integration_action.check_conversation_for_ptsn_leg.name}"
}