output "data_action_id" {
    value = genesyscloud_integration_action.action.id
}

output "data_action_name" {
    value = var.action_name
}