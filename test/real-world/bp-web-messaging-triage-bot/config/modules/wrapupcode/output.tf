output "wrapup_processed_id" {
  value = "${genesyscloud_routing_wrapupcode.processed.id}"
}

output "wrapup_resolved_id" {
  value = "${genesyscloud_routing_wrapupcode.resolved.id}"
}