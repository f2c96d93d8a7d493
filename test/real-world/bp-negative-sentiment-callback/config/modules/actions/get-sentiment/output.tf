output "action_name" {
  value = "${genesyscloud_integration_action.get_sentiment.name}"
}