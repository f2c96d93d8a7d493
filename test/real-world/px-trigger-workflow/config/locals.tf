locals {
  working_dir = {
    flow = "./genesyscloud_flow"
  }
}
