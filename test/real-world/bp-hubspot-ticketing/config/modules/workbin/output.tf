output "workbin_name" {
  value = "genesyscloud_task_management_workbin.hubspot_workbin.name"
}

output "workbin_id" {
  value = "genesyscloud_task_management_workbin.hubspot_workbin.id"
}
