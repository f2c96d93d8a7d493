output "webmessenger_deploymentid" {
    value = genesyscloud_webdeployments_deployment.devops_webdeployment.id
}