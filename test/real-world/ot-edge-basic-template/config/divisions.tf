resource "genesyscloud_auth_division" "Home" {
  home = true
  name = "Home"
}                                                                                                                                                                                                                                                                                                                                                                                                                                                          