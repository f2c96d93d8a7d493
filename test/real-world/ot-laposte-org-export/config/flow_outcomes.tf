resource "genesyscloud_flow_outcome" "WebService_GC" {
  name        = "WebService GC"
  description = ""
}

resource "genesyscloud_flow_outcome" "WebService_AutoAssign" {
  name        = "WebService AutoAssign"
  description = ""
}

resource "genesyscloud_flow_outcome" "WebService_LBP" {
  name        = "WebService LBP"
  description = ""
}

resource "genesyscloud_flow_outcome" "WebService_GenOTP" {
  name        = "WebService GenOTP"
  description = ""
}

resource "genesyscloud_flow_outcome" "WebService_B1" {
  name        = "WebService B1"
  description = ""
}

resource "genesyscloud_flow_outcome" "WebService_AD" {
  name        = "WebService AD"
  description = ""
}

resource "genesyscloud_flow_outcome" "Error" {
  name        = "Error"
  description = ""
}

resource "genesyscloud_flow_outcome" "Critical_Error" {
  name        = "Critical Error"
  description = ""
}

resource "genesyscloud_flow_outcome" "Zaion" {
  name        = "Zaion"
  description = ""
}

resource "genesyscloud_flow_outcome" "App_Mobile_Web" {
  name        = "App Mobile & Web"
  description = ""
}

resource "genesyscloud_flow_outcome" "WebService_EncryptFunction" {
  name        = "WebService EncryptFunction"
  description = ""
}

resource "genesyscloud_flow_outcome" "WebService_ModifMDP" {
  name        = "WebService ModifMDP"
  description = ""
}

resource "genesyscloud_flow_outcome" "WebService_Authent" {
  name        = "WebService Authent"
  description = ""
}

resource "genesyscloud_flow_outcome" "Mail_Erreur_Domaine" {
  name        = "Mail Erreur Domaine"
  description = ""
}