variable "v" { default = "a" }
variable "fail" { default = false }
resource "terraform_data" "x" {
  input            = var.v
  triggers_replace = [var.v]
  lifecycle { create_before_destroy = true }
  provisioner "local-exec" { command = var.fail ? "false" : "true" }
}
