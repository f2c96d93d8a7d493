output "name" {
  value = genesyscloud_integration_action.create_booking.name
}
