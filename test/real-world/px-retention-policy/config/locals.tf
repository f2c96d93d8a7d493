locals {
  working_dir = {
    architect_user_prompt = "./genesyscloud_architect_user_prompt"
    flow = "./genesyscloud_flow"
    script = "./genesyscloud_script"
  }
}
