output "worktype_id" {
  value = module.workitem_elements.worktype_id
}
