output "deployment_id"{
    value = genesyscloud_webdeployments_deployment.messenger_deployment.id
}