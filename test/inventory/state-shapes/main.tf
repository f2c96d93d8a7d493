# A configuration with Terraform's built-in provider only, applied offline to record real state.
resource "terraform_data" "one" {
  input = { name = "x", list = [1, 2], nested = { a = true } }
}

resource "terraform_data" "many" {
  count = 2
  input = "n${count.index}"
}

resource "terraform_data" "keyed" {
  for_each   = toset(["a", "b"])
  input      = each.key
  depends_on = [terraform_data.one]
  lifecycle {
    create_before_destroy = true
  }
}

module "child" {
  source = "./child"
}

output "secret" {
  value     = terraform_data.one.output
  sensitive = true
}
