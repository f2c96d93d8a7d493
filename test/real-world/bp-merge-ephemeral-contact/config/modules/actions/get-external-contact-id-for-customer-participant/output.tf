output "action_name" {
  value = genesyscloud_integration_action.get_external_contact_id_for_customer_participant.name
}
