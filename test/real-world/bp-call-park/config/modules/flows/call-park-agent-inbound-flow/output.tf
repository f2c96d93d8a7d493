output "flow_id" {
  value = genesyscloud_flow.call_park_agent_inbound_flow.id
}
