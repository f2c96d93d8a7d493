# The shapes of `terraform show -json` for a saved plan, made offline with Terraform's built-in
# provider only (terraform_data, terraform_remote_state): values known only after apply
# (after_unknown), sensitive values (after_sensitive), configuration expressions, count, for_each,
# a child module, and a data source read during apply.

variable "crm_url" {
  type      = string
  sensitive = true
  default   = "https://crm.example.com/api"
}

variable "name" {
  type    = string
  default = "Lookup"
}

resource "terraform_data" "action" {
  input = {
    name           = var.name
    url            = var.crm_url
    contract_input = jsonencode({ type = "object", generated = timestamp() })
    tags           = [var.name, timestamp()]
    fixed          = "constant"
  }
}

resource "terraform_data" "contract" {
  input = timestamp()
}

resource "terraform_data" "counted" {
  count = 2
  input = "item-${count.index}"
}

resource "terraform_data" "none" {
  count = 0
  input = "never"
}

# count written with a function and no reference: Terraform leaves count_expression out.
resource "terraform_data" "none_by_function" {
  count = length([])
  input = "never"
}

resource "terraform_data" "each" {
  for_each         = toset(["a", "b"])
  input            = each.key
  triggers_replace = terraform_data.contract.output
}

data "terraform_remote_state" "later" {
  backend = "local"
  config = {
    path = "${path.module}/state-${terraform_data.contract.output}.tfstate"
  }
}

module "child" {
  source = "./child"
  value  = terraform_data.contract.id
  secret = var.crm_url
}

# Read while planning: in prior_state only, not in planned_values or resource_changes.
data "terraform_remote_state" "now" {
  backend = "local"
  config = {
    path = "${path.module}/crm.tfstate"
  }
}
