# Data
data "genesyscloud_auth_role" "Quality_Administrator" {
  name = "Quality Administrator"
}

data "genesyscloud_auth_role" "Communicate_-_Admin" {
  name = "Communicate - Admin"
}

data "genesyscloud_auth_role" "Supervisor" {
  name = "Supervisor"
}

data "genesyscloud_auth_role" "Master_Admin" {
  name = "Master Admin"
}

data "genesyscloud_auth_role" "Outbound_Admin" {
  name = "Outbound Admin"
}

data "genesyscloud_auth_role" "employee" {
  name = "Employee"
}

data "genesyscloud_auth_role" "admin" {
  name = "Admin"
}

data "genesyscloud_auth_role" "Communicate_-_User" {
  name = "Communicate - User"
}

data "genesyscloud_auth_role" "Outbound_Agent" {
  name = "Outbound Agent"
}

data "genesyscloud_auth_role" "Telephony_Admin" {
  name = "Telephony Admin"
}

data "genesyscloud_auth_role" "Developer" {
  name = "Developer"
}

data "genesyscloud_auth_role" "User" {
  name = "User"
}




# Resources
