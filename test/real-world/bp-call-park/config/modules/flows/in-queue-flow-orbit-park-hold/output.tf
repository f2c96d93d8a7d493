output "flow_id" {
  value = genesyscloud_flow.in_queue_flow_orbit_park_hold.id
}

