output "flow_id" {
  value = genesyscloud_flow.orbit_parked_call_retrieval.id
}
