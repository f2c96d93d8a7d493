import { describe, expect, test } from "vitest";
import { builtInCatalog } from "../../src/catalog/load-catalog";
import { combineKinds } from "../../src/classify/combine-kinds";
import { fieldTokens, kindsOfField } from "../../src/classify/field-names";

const lexicon = builtInCatalog().lexicon;
const kinds = (name: string) => kindsOfField(name, lexicon);
const elementsOf = (...fields: string[]) => {
  const byKind = new Map<string, string[]>();
  for (const field of fields) for (const kind of kinds(field)) byKind.set(kind, [...(byKind.get(kind) ?? []), field]);
  return combineKinds(byKind)
    .map((element) => element.element)
    .sort();
};

describe("field-name lexicon", () => {
  test("understands casing and separators", () => {
    expect(fieldTokens("contactFirstName")).toEqual(["contact", "first", "name"]);
    expect(fieldTokens("contact_first_name")).toEqual(["contact", "first", "name"]);
    expect(fieldTokens("callerANI")).toEqual(["caller", "ani"]);
    for (const name of ["firstName", "first_name", "FIRST-NAME", "firstname"]) expect(kinds(name)).toContain("name");
  });

  test("knows synonyms", () => {
    expect(kinds("contactEmail")).toContain("email");
    expect(kinds("ani")).toContain("phone");
    expect(kinds("msisdn")).toContain("phone");
    expect(kinds("dob")).toContain("dob");
    expect(kinds("postalCode")).toContain("postcode");
    expect(kinds("cardNumber")).toContain("card_pan");
    expect(kinds("cvv2")).toContain("card_sad");
    expect(kinds("nhsNumber")).toContain("national_id");
  });

  test("reads # as number and knows more health words (review of issue 28's labels)", () => {
    expect(fieldTokens("Card #")).toEqual(["card", "number"]);
    for (const name of ["Card #", "card#", "Credit Card #"]) expect(kinds(name), name).toContain("card_pan");
    for (const name of ["hivStatus", "HIV status", "vaccinationStatus", "chronicDisease", "sickLeaveDays"])
      expect(kinds(name), name).toContain("health");
    for (const name of ["#ref", "ticket#", "Gift card #", "Card # type"])
      expect(kinds(name), name).not.toContain("card_pan");
    expect(kinds("hivStatus")).not.toContain("card_pan");
  });

  test("does not take configuration names for people's names", () => {
    for (const name of ["queueName", "fileName", "userName", "integrationName", "flowName"])
      expect(kinds(name)).not.toContain("name");
    expect(kinds("ipAddress")).not.toContain("address");
    expect(kinds("deviceFingerprint")).not.toContain("biometric");
  });
});

describe("Genesys participant data", () => {
  test("attributes set on a conversation's participants are participant data; other attributes are not", () => {
    for (const name of ["ConversationAttributes", "participantData", "participant_attributes", "secureAttributes"])
      expect(elementsOf(name), name).toEqual(["participant_data"]);
    for (const name of ["attributes", "productAttributes", "customAttributes", "Payload"])
      expect(elementsOf(name), name).toEqual([]);
  });
});

describe("a PIN", () => {
  test("is a credential on its own, and the card's sensitive authentication data beside card data or named for a card", () => {
    expect(elementsOf("pin")).toEqual(["credentials"]);
    expect(elementsOf("customerPin", "customerNumber")).toEqual(["credentials", "person_identifier"]);
    expect(elementsOf("pin", "cardNumber")).toContain("payment_card_sad");
    expect(elementsOf("pin", "expiryDate")).toContain("payment_card_sad");
    for (const name of ["cardPin", "atmPin", "debitPin", "pinBlock"])
      expect(elementsOf(name), name).toContain("payment_card_sad");
  });
});

describe("combinations decide the category", () => {
  test("a name alone is an identifier", () => {
    expect(elementsOf("lastName")).toEqual(["person_identifier"]);
  });
  test("a name with an email, phone, address or account id is contact PII", () => {
    expect(elementsOf("firstName", "email")).toEqual(["contact_pii"]);
    expect(elementsOf("fullName", "customerId")).toEqual(["contact_pii"]);
  });
  test("name, date of birth and postcode single a person out", () => {
    expect(elementsOf("name", "dateOfBirth", "postcode")).toContain("quasi_identifier_set");
  });
  test("card, health and biometric data stand on their own", () => {
    expect(elementsOf("cardNumber")).toEqual(["payment_card_pan"]);
    expect(elementsOf("diagnosis")).toEqual(["health_data"]);
    expect(elementsOf("voiceprint")).toEqual(["voice_biometric_template"]);
  });
});
