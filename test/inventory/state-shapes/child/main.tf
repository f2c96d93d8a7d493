resource "terraform_data" "inner" {
  input = "inner"
}

data "terraform_remote_state" "upstream" {
  backend = "local"
  config  = { path = "${path.module}/../upstream.tfstate" }
}
