output "datatable_name" {
  value = "${genesyscloud_architect_datatable.ms_teams_presence_mapping.name}"
}

output "datatable_id" {
  value = "${genesyscloud_architect_datatable.ms_teams_presence_mapping.id}"
}