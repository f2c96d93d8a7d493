// A Genesys resource for the synth benchmark without generated bindings: the gate recognises resources by
// their Terraform type, so a plain TerraformResource with the same attributes synthesizes the same JSON.
import { TerraformResource } from "cdktf";
import type { Construct } from "constructs";

export class GenericResource extends TerraformResource {
  private readonly body: Record<string, unknown>;

  constructor(scope: Construct, type: string, id: string, body: Record<string, unknown>) {
    super(scope, id, { terraformResourceType: type, terraformGeneratorMetadata: { providerName: "genesyscloud" } });
    this.body = body;
  }

  protected override synthesizeAttributes(): Record<string, unknown> {
    return this.body;
  }
}
