import * as fs from "node:fs";
import * as path from "node:path";
import { App, Aspects, TerraformStack } from "cdktf";
import { describe, expect, test, vi } from "vitest";
import { DpiaGate, type Policy } from "../../src";
import { IN_PROCESS } from "../helpers/e2e-timeouts";
import { addCardPayment, bindingsStack, newApp, tempDir } from "../helpers/stacks";

const REVIEWED: Policy = {
  version: 1,
  destinations: [
    { host: "crm.example.eu", vendor: "Example CRM GmbH", country: "DE", purposes: ["caller look-up"] },
    { oauth_client: "Exporter", vendor: "Archive Services GmbH", country: "DE", purposes: ["recording archive"] },
  ],
};

function synth(gates: DpiaGate[]) {
  const outdir = tempDir("dpia-resolve-once-");
  const app = newApp(outdir);
  const stack = bindingsStack(app, "shop");
  for (const gate of gates) Aspects.of(stack).add(gate);
  // The class that defines toTerraform for this stack (whichever copy of cdktf built it), counted.
  let owner: object = Object.getPrototypeOf(stack);
  while (!Object.prototype.hasOwnProperty.call(owner, "toTerraform")) owner = Object.getPrototypeOf(owner);
  const resolve = vi.spyOn(owner as TerraformStack, "toTerraform");
  let calls: number;
  try {
    app.synth();
  } finally {
    calls = resolve.mock.calls.length;
    resolve.mockRestore();
  }
  return { calls, written: fs.readFileSync(path.join(outdir, "stacks", "shop", "cdk.tf.json"), "utf8"), stack };
}

describe("the aspect resolves the stack once per synthesis", () => {
  test(
    "with one gate or two with different options, cdktf and the gates share one toTerraform()",
    () => {
      const register = () => path.join(tempDir("dpia-resolve-once-register-"), "register.db");
      const without = synth([]);
      const one = synth([new DpiaGate({ quiet: true, policy: REVIEWED, register: register() })]);
      const two = synth([
        new DpiaGate({ quiet: true, policy: REVIEWED, register: register() }),
        new DpiaGate({ quiet: true, policy: REVIEWED, blockAt: "Critical", register: register() }),
      ]);
      expect(without.calls).toBe(1);
      expect(one.calls).toBe(1);
      expect(two.calls).toBe(1);
      // What cdktf writes is exactly what the gate assessed, and the same as without the gate.
      const strip = (text: string) => JSON.stringify({ ...JSON.parse(text), "//": undefined });
      expect(strip(one.written)).toBe(strip(without.written));
      expect(strip(two.written)).toBe(strip(without.written));
    },
    IN_PROCESS,
  );

  test(
    "after synthesis the stack resolves afresh: a change made later is never hidden by the shortcut",
    async () => {
      const { stack } = synth([
        new DpiaGate({
          quiet: true,
          policy: REVIEWED,
          register: path.join(tempDir("dpia-resolve-once-register-"), "register.db"),
        }),
      ]);
      await new Promise((resolve) => setImmediate(resolve));
      expect(Object.prototype.hasOwnProperty.call(stack, "toTerraform")).toBe(false);
      stack.addOverride("resource.genesyscloud_integration.crm.intended_state", "DISABLED");
      expect(JSON.stringify(stack.toTerraform())).toContain("DISABLED");
    },
    IN_PROCESS,
  );

  const gate = () =>
    new DpiaGate({
      quiet: true,
      policy: REVIEWED,
      register: path.join(tempDir("dpia-resolve-once-register-"), "register.db"),
    });
  const hasShortcut = (stack: TerraformStack) => Object.prototype.hasOwnProperty.call(stack, "toTerraform");

  test(
    "when cdktf writes HCL nothing asks for the resolved stack again: no shortcut, and a change synthesized in the same tick is assessed",
    () => {
      // As `cdktf synth --hcl` asks for it: through the environment.
      vi.stubEnv("SYNTH_HCL_OUTPUT", "true");
      try {
        const outdir = tempDir("dpia-resolve-once-hcl-");
        const app = new App({ outdir, hclOutput: true });
        const stack = bindingsStack(app, "shop");
        Aspects.of(stack).add(gate());
        app.synth();
        expect(fs.existsSync(path.join(outdir, "stacks", "shop", "cdk.tf"))).toBe(true);
        expect(hasShortcut(stack)).toBe(false);
        addCardPayment(stack, "take_payment", "https://api.payments.example-psp.com/charge");
        expect(() => app.synth()).toThrow(/Deployment blocked by the DPIA gate/);
      } finally {
        vi.unstubAllEnvs();
      }
    },
    IN_PROCESS,
  );

  test(
    "a blocked stack drops the shortcut at once: a fix synthesized in the same tick is assessed, not the blocked configuration",
    () => {
      const app = newApp(tempDir("dpia-resolve-once-blocked-"));
      const stack = bindingsStack(app, "shop");
      addCardPayment(stack, "take_payment", "https://api.payments.example-psp.com/charge");
      Aspects.of(stack).add(gate());
      expect(() => app.synth()).toThrow(/Deployment blocked by the DPIA gate/);
      expect(hasShortcut(stack)).toBe(false);
      stack.node.tryRemoveChild("take_payment");
      stack.node.tryRemoveChild("psp");
      expect(() => app.synth()).not.toThrow();
    },
    IN_PROCESS,
  );
});
