data "genesyscloud_auth_division" "Home" {
  name = "Home"
}

resource "genesyscloud_auth_division" "DSRC_DEX_OUEST" {
  name = "DSRC_DEX_OUEST"
}

resource "genesyscloud_auth_division" "DSRC_DEX_NORD" {
  name = "DSRC_DEX_NORD"
}

resource "genesyscloud_auth_division" "DSRC_DEX_EST" {
  name = "DSRC_DEX_EST"
}

resource "genesyscloud_auth_division" "DSRC_DEX_CENTRE_EST" {
  name = "DSRC_DEX_CENTRE_EST"
}

resource "genesyscloud_auth_division" "DSRC_DEX_SUD_EST" {
  name = "DSRC_DEX_SUD_EST"
}

resource "genesyscloud_auth_division" "DSRC_DEX_SUD_OUEST" {
  name = "DSRC_DEX_SUD_OUEST"
}

resource "genesyscloud_auth_division" "DSRC_DEX_DOM" {
  name = "DSRC_DEX_DOM"
}

resource "genesyscloud_auth_division" "DSRC_DEX_BAD" {
  name = "DSRC_DEX_BAD"
}

resource "genesyscloud_auth_division" "DSRC_DEX_BAD_LBPCS" {
  name = "DSRC_DEX_BAD_LBPCS"
}

resource "genesyscloud_auth_division" "PRESTATAIRE_ABEL" {
  name = "PRESTATAIRE_ABEL"
}

resource "genesyscloud_auth_division" "DSRC_FLUX_TEC" {
  name = "DSRC_FLUX_TEC"
}

resource "genesyscloud_auth_division" "PMO_DAD" {
  name = "PMO_DAD"
}

resource "genesyscloud_auth_division" "PMO_BEDL" {
  name = "PMO_BEDL"
}

resource "genesyscloud_auth_division" "DECQ" {
  name = "DECQ"
}

resource "genesyscloud_auth_division" "DOP" {
  name = "DOP"
}

resource "genesyscloud_auth_division" "DCONF" {
  name = "DCONF"
}

resource "genesyscloud_auth_division" "DATAE_KYC" {
  name = "DATAE_KYC"
}

resource "genesyscloud_auth_division" "DATAE_VALMOB" {
  name = "DATAE_VALMOB"
}

resource "genesyscloud_auth_division" "DATAE_CREA" {
  name = "DATAE_CREA"
}

resource "genesyscloud_auth_division" "DATAE_ES" {
  name = "DATAE_ES"
}

resource "genesyscloud_auth_division" "DATAE_OJ" {
  name = "DATAE_OJ"
}

resource "genesyscloud_auth_division" "DATAE_MBAQ" {
  name = "DATAE_MBAQ"
}

resource "genesyscloud_auth_division" "DAMO_MAJPRO" {
  name = "DAMO_MAJPRO"
}

resource "genesyscloud_auth_division" "DAMO_FRAGILES" {
  name = "DAMO_FRAGILES"
}

resource "genesyscloud_auth_division" "DAMO_SUCCESSIONS" {
  name = "DAMO_SUCCESSIONS"
}

resource "genesyscloud_auth_division" "DAMO_ORC" {
  name = "DAMO_ORC"
}

resource "genesyscloud_auth_division" "DAMO_DAC" {
  name = "DAMO_DAC"
}

resource "genesyscloud_auth_division" "TECHNIQUE_1" {
  name = "TECHNIQUE_1"
}

resource "genesyscloud_auth_division" "TECHNIQUE_2" {
  name = "TECHNIQUE_2"
}

resource "genesyscloud_auth_division" "TECHNIQUE_3" {
  name = "TECHNIQUE_3"
}