terraform {
  required_providers {
    genesyscloud = {
      source = "mypurecloud/genesyscloud"
    }
    aws = {
      source = "hashicorp/aws"
    }
  }
}

provider "genesyscloud" {}

provider "aws" {
  region = "us-west-2"
}

module "AwsEventBridgeIntegration" {
  source              = "git::https://github.com/GenesysCloudDevOps/aws-event-bridge-module.git?ref=main"
  aws_account_id      = "335611188682"
  aws_account_region  = "us-west-2"
  event_source_suffix = "-sample-eb"
  topic_filters       = ["v2.audits.entitytype.{id}.entityid.{id}", "v2.analytics.flow.{id}.aggregates"]
}

data "aws_cloudwatch_event_source" "genesys_event_bridge" {
  depends_on = [
    module.AwsEventBridgeIntegration
  ]
  name_prefix = "aws.partner/genesys.com"
}

resource "aws_cloudwatch_event_bus" "genesys_audit_event_bridge" {
  name              = data.aws_cloudwatch_event_source.genesys_event_bridge.name
  event_source_name = data.aws_cloudwatch_event_source.genesys_event_bridge.name
}
