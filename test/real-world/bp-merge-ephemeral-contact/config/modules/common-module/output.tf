output "module_id" {
  value = genesyscloud_flow.common_module.id
}
