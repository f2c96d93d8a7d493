output "datatable_name" {
  value = "${genesyscloud_architect_datatable.agent_score.name}"
}

output "datatable_id" {
  value = "${genesyscloud_architect_datatable.agent_score.id}"
}