output "name" {
  value = genesyscloud_integration_action.get_bookable_slots.name
}
