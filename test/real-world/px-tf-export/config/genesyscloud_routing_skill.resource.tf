resource "genesyscloud_routing_skill" "example_skill" {
  name = "Example Skill"
}

resource "genesyscloud_routing_skill" "example_skill2" {
  name = "Example Skill2"
}
