# This file is maintained automatically by "terraform init".
# Manual edits may be lost in future updates.

provider "registry.terraform.io/mypurecloud/genesyscloud" {
  version     = "1.82.0"
  constraints = "~> 1.0"
  hashes = [
    "h1:mBWD4pwu8qm+jNVoPsf9jWaBFPCok7+A2MAPc5j2mDI=",
    "zh:06e37788ca8d5797f0ed288314d3675326b2967de662ef9f8f62a2c9a82bd7d8",
    "zh:09b38cc28e82d3e79e0e4cd6dd339dcdef1765125c17aaee1ed70302840aada3",
    "zh:0e9567697bb7b99fccb16308950a6d7c219dbcf6fa3c4f38c3e6aa2c525cf717",
    "zh:46560f7796e5f2560191a1183c4dfeb8442de471b2bdbd7193818197c953021f",
    "zh:4d65f62c2b6b9d02fca56ee200419b380004abcc3962cb8674673e9c4b3914e6",
    "zh:a2fc05579ee6e065e61edfc0e5c472fc13bc5218f6fe3be5d4d6bf162fbd0679",
    "zh:b65b7c52559d2f6486aad308b1c71912241678d31dea142fe6c9c5e7e8a10eab",
    "zh:bcdd56abca484dee925e3caab76b4fed585ee2484450ddcc1adb7b51663dcf66",
  ]
}
