output "name" {
  value = genesyscloud_flow.workitem_flow.name
}

output "id" {
  value = genesyscloud_flow.workitem_flow.id
}
