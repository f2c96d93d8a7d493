output "user_ids" {
  value = ["${genesyscloud_user.sheldoncooper_agent.id}"]
}
