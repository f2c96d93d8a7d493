resource "genesyscloud_routing_skill" "DSRC_SQO" {
  name = "DSRC_SQO"
}