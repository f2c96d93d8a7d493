output "worktype_id" {
  value = genesyscloud_task_management_worktype.insurance_claim_worktype.id
}

output "worktype_name" {
  value = genesyscloud_task_management_worktype.insurance_claim_worktype.name
}
