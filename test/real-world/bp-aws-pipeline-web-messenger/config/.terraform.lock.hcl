# This file is maintained automatically by "terraform init".
# Manual edits may be lost in future updates.

provider "registry.terraform.io/mypurecloud/genesyscloud" {
  version = "1.65.0"
  hashes = [
    "h1:/sXHMQO7fhagC353P01ToSj2HQrCeFkq0iA5DSl82cE=",
    "zh:2e066a8828ecf299161a8962e0489bae69da34b5d2fcc6f4b4b1d79b9fa294c1",
    "zh:948a5279422f22f842ac02fca6924d06ab149f23314b7a615fb88aa4fc6ae470",
    "zh:9f24990518edb2638a08686720c9c1f0c503e923624c507e02380ab5168b7879",
    "zh:a0ff4d34fb1cd12dd355ea11ce85ad917d9ee63e2abdffda01ac3a54add7c841",
    "zh:d6c37d1ea9fa51967695c4695d2dc15433940dde86602f8492fdea83c6acf632",
    "zh:e0ec1eec4746cd8d020f3059fe282c78ad883e6523640938f11d1820dfd23926",
    "zh:ec55d00117e512625e86420de3a886e0fe7b8bb3c091ea4564e66f148452f659",
    "zh:f8507075dc91c9db6dce1f1eb69512dadf239eecfee8cdcebd170b43e7a91640",
  ]
}
