output "id" {
  value = genesyscloud_integration.LambdaDataIntegration.id
}

output "name" {
  value = var.integration_name
}
