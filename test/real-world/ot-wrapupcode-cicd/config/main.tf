resource "genesyscloud_routing_wrapupcode" "test" {
    name = "test_wrapupcode2411"
}