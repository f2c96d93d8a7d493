# This file is maintained automatically by "terraform init".
# Manual edits may be lost in future updates.

provider "registry.terraform.io/mypurecloud/genesyscloud" {
  version = "1.71.1"
  hashes = [
    "h1:sxmzdkUTbARzrdWFF+eJ1e4lQZufiLO3GODmRBVtPRM=",
    "zh:0440a8c01b43fb1276257c1a86259143cda78429a2b452cd2e2b04938a391b80",
    "zh:49adb29256673a88ec4dff970fa698f16f47418e5cf8750df5a633c368a92130",
    "zh:5b439bebcfa014140b78f08d3593f4dcfec2759321f818a6f987fcbecc03d350",
    "zh:75e082fb908ac72239d011781fdf9afd566a9c2a34f22c3f6905a946c1c7e09f",
    "zh:cd5713ddc56681076c329cc525e55f3a706c2d93a51b8141f91b32fffb6978ab",
    "zh:d736c4d38a33e270f1587ca6569eba11b9205a02c4044eaf39788a24a066e5e1",
    "zh:ebc5e30ef4a98a8b568ccebe7bd4ad7c1c7a99426c0ace4e76ad16552e704851",
    "zh:f953a9bf4187097e49c4edae990c19c03bc2b5ba5bbfcbb942babe2acfb8b6fd",
  ]
}
