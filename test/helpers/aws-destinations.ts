// The org's own AWS account as data actions and event sources name it: a Lambda by its ARN, an EventBridge bus by
// account and region; and the allow-list entry that places the account in a country.
import { terraformJson, webServiceAction } from "./assess-config";
import { allow } from "./rules/allow-list";

const AWS_ACCOUNT = "123456789012";

/** A Lambda data action (integration `genesyscloud_integration.crm`, action `...lookup`) in the region given. */
export const lambdaAction = (region: string) =>
  terraformJson(
    webServiceAction(
      {
        config_request: {
          request_type: "POST",
          request_url_template: `arn:aws:lambda:${region}:${AWS_ACCOUNT}:function:find-customer`,
        },
      },
      { integration_type: "aws-lambda-data-actions" },
    ),
  );

/** An EventBridge source (`genesyscloud_integration.bus`) sending the topic given to the account's bus in the region (the org's own by default). */
export const eventBus = (
  region: string,
  topic = "v2.routing.queues.7d2f4a61-3c9e-4b1a-8f57-2e6c0d9b1a34.conversations",
  account = AWS_ACCOUNT,
) =>
  terraformJson({
    genesyscloud_integration: {
      bus: {
        integration_type: "amazon-eventbridge-source",
        config: {
          name: "Events",
          properties: JSON.stringify({
            awsAccountId: account,
            awsAccountRegion: region,
            eventSourceSuffix: "events",
            eventFilter: [topic],
          }),
        },
      },
    },
  });

/** An allow-list naming the account as the org's own, in the country given. */
export const ownAccount = (country: string) =>
  allow({ aws_account: AWS_ACCOUNT, vendor: "Own AWS account", country, purposes: ["caller look-up"] });
