output "flow_id" {
  value = genesyscloud_flow.default_in_queue_flow.id
}
