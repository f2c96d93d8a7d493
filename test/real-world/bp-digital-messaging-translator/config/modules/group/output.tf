output "group_id" {
  value = "${genesyscloud_group.group.id}"
}