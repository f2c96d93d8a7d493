output "group_id" {
  value = "genesyscloud_group.sample_group.id"
}