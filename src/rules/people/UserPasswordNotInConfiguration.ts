import { parseTemplate } from "../../inventory/expressions";
import { boolAt } from "../../inventory/lookup";
import { declareRule } from "../rule";

export const UserPasswordNotInConfiguration = declareRule({
  id: "GC-PPL-3",
  name: "UserPasswordNotInConfiguration",
  target: "resource",
  resourceTypes: ["genesyscloud_user"],
  severity: "High",
  description: "A user's password is not written into the configuration as a literal value.",
  rationale:
    "A literal password is readable by everyone with the repository, every plan file and the state; with sdk_debug the provider also writes it to its debug log. Whoever holds it can sign in as the employee and read what their roles reach (GDPR Art. 32(1)(b), Art. 5(1)(f)).",
  remediation:
    "Remove password and let the user set one through the invitation email or single sign-on; if one is needed, pass a sensitive variable without a default from a secret store.",
  check(resource, context) {
    const password = resource.attributes.password;
    if (
      typeof password !== "string" ||
      password === "" ||
      !parseTemplate(password).every((part) => part.kind === "literal")
    )
      return [];
    const logged = boolAt(context.subject.provider?.attributes, "sdk_debug") === true;
    return [
      {
        attribute: "password",
        message: `the user's password is a literal value in the configuration${logged ? ", and sdk_debug = true writes it to the provider's debug log" : ""}`,
      },
    ];
  },
});
