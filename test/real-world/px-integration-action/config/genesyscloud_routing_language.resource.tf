resource "genesyscloud_routing_language" "english" {
  name = "English"
}
