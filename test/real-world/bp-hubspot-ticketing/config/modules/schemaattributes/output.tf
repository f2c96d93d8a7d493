output "schema_id" {
  value = "genesyscloud_task_management_workitem_schema.caseattributes.id"
}
