output "action_name" {
  value = "${genesyscloud_integration_action.send_chat_group_notif.name}"
}