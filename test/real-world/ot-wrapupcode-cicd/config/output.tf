output "wrapup_code_id" {
    value = genesyscloud_routing_wrapupcode.test.id
}