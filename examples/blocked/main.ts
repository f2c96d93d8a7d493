// A stack the DPIA gate blocks: a web-services data action posts the card number, expiry date and
// card verification code a customer gives the agent to a payment service outside Genesys, and the
// action is not even secure. `npx cdktf synth` in this folder exits non-zero and names the DPIA.
import { App, Aspects, TerraformStack } from "cdktf";
import type { Construct } from "constructs";
import { Integration } from "../../.gen/providers/genesyscloud/integration";
import { IntegrationAction } from "../../.gen/providers/genesyscloud/integration-action";
import { GenesyscloudProvider } from "../../.gen/providers/genesyscloud/provider";
import { DpiaGate } from "../../src";

class CardPaymentStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new GenesyscloudProvider(this, "genesyscloud", { awsRegion: "eu-central-1" });
    const payments = new Integration(this, "card_payments", {
      integrationType: "custom-rest-actions",
      intendedState: "ENABLED",
      config: { name: "Agent-assisted card payments" },
    });
    new IntegrationAction(this, "take_payment", {
      name: "Charge card",
      category: "Payments",
      integrationId: payments.id,
      secure: false,
      contractInput: JSON.stringify({
        type: "object",
        required: ["cardNumber", "expiryDate", "cvv", "amount"],
        properties: {
          cardNumber: { type: "string" },
          expiryDate: { type: "string" },
          cvv: { type: "string" },
          amount: { type: "number" },
          customerEmail: { type: "string" },
        },
      }),
      contractOutput: JSON.stringify({ type: "object", properties: { authorisationCode: { type: "string" } } }),
      configRequest: {
        requestType: "POST",
        requestUrlTemplate: "https://api.payments.example-psp.com/v1/charges",
        requestTemplate: "$${input.rawRequest}",
      },
      configResponse: { translationMap: { authorisationCode: "$.authorisation.code" } },
    });
    Aspects.of(this).add(new DpiaGate());
  }
}

const app = new App();
new CardPaymentStack(app, "card-payments");
app.synth();
