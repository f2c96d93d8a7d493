locals {
  working_dir = {
    integration_action = "./genesyscloud_integration_action"
  }
}
