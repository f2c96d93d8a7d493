# Recordings of calls are kept 90 days in Genesys (the controller's purpose: quality review), and a
# data action sends each call's recording link and transcript to a marketing platform whose record
# says it keeps them 365 days. `npx dpia gate .` blocks with a DATA_GOVERNANCE_MISMATCH (GC-VEN-2),
# and because call recordings leave Genesys for a third party (GC-REC-3).
terraform {
  required_providers {
    genesyscloud = {
      source  = "mypurecloud/genesyscloud"
      version = "~> 1.84"
    }
  }
}

provider "genesyscloud" {
  aws_region = "eu-central-1"
}

resource "genesyscloud_recording_media_retention_policy" "quality_review" {
  name        = "Quality review recordings"
  description = "Keep call recordings for quality review, then delete them"
  enabled     = true
  media_policies {
    call_policy {
      actions {
        retain_recording = true
        retention_duration {
          delete_retention {
            days = 90
          }
        }
      }
    }
  }
}

resource "genesyscloud_integration_credential" "marketing" {
  name                 = "Marketing platform API key"
  credential_type_name = "basicAuth"
  fields = {
    userName = "genesys"
    password = var.marketing_api_key
  }
}

variable "marketing_api_key" {
  type      = string
  sensitive = true
}

resource "genesyscloud_integration" "marketing" {
  integration_type = "custom-rest-actions"
  intended_state   = "ENABLED"
  config {
    name  = "Marketing platform"
    notes = "Send call recordings and transcripts for campaign analytics"
    credentials = {
      basicAuth = genesyscloud_integration_credential.marketing.id
    }
  }
}

resource "genesyscloud_integration_action" "share_recording" {
  name           = "Share call recording"
  category       = "Marketing platform"
  integration_id = genesyscloud_integration.marketing.id
  secure         = true
  contract_input = jsonencode({
    type                 = "object"
    additionalProperties = false
    properties = {
      conversationId = { type = "string" }
      recordingUrl   = { type = "string" }
      transcript     = { type = "string" }
    }
  })
  contract_output = jsonencode({ type = "object", properties = { accepted = { type = "boolean" } } })
  config_request {
    request_type         = "POST"
    request_url_template = "https://api.marketing-cloud.example.com/v1/call-insights"
    request_template     = "$${input.rawRequest}"
    headers = {
      Content-Type = "application/json"
    }
  }
  config_response {
    success_template = "$${rawResult}"
  }
}
