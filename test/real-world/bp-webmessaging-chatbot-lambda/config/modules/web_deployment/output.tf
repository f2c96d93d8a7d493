output "webmessenger_deploymentid" {
  value = genesyscloud_webdeployments_deployment.myWebMessagingDeployment.id
}
