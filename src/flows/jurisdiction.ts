import { region as regionOf } from "../catalog/lookup";
import type { Catalog } from "../catalog/schema";
import { countryName } from "../hosts/country";
import { hasUnresolved } from "../inventory/expressions";
import { stringAt } from "../inventory/lookup";
import type { ProviderConfig } from "../inventory/model";
import type { TransferMechanism } from "../policy/schema";
import type { Transfer, TransferStatus } from "./model";

type Regime = Transfer["regime"];

export interface SourceJurisdiction {
  country?: string;
  regime: Regime;
  awsRegion?: string;
  /**
   * What the regime rests on: the org's region, or, when the region is unknown, the controller's
   * establishment named in the policy, or the assumption of an EU controller.
   */
  basis: "region" | "controller" | "assumed_eu_controller";
}

function regimeOf(country: string | undefined, catalog: Catalog): Regime {
  return !country
    ? "other"
    : catalog.jurisdictions.eea.includes(country)
      ? "EU"
      : country === "GB"
        ? "UK"
        : country === "CH"
          ? "CH"
          : "other";
}

/**
 * Where the org's data lives, from the provider's `aws_region`, and whose transfer rules apply.
 * When the region is unknown, transfers are judged from the controller's establishment
 * (`controller.country` in the policy), else as an EU controller: GDPR applies to an EU
 * controller wherever the org is hosted, so an unknown region is never a reason to skip Chapter V.
 */
export function sourceJurisdiction(
  provider: ProviderConfig | undefined,
  catalog: Catalog,
  controllerCountry?: string,
): SourceJurisdiction {
  const awsRegion = stringAt(provider?.attributes, "aws_region");
  const known = awsRegion && !hasUnresolved(awsRegion) ? regionOf(catalog, awsRegion) : undefined;
  if (!known) {
    if (controllerCountry)
      return { country: controllerCountry, regime: regimeOf(controllerCountry, catalog), basis: "controller" };
    return { regime: "EU", basis: "assumed_eu_controller" };
  }
  const country = known.country || undefined;
  return { country, regime: regimeOf(country, catalog), awsRegion: known.aws_region, basis: "region" };
}

/** What the DPIA says about an org whose region is unknown, and how its transfers were judged. */
export function unknownRegionNote(source: SourceJurisdiction): string | undefined {
  if (source.basis === "region") return undefined;
  const judged =
    source.basis === "controller"
      ? `from the controller's establishment in ${countryName(source.country)} (the policy's controller.country)`
      : "as for an EU controller (the policy names no controller.country)";
  return `The org's region is unknown: neither the provider block (aws_region), GENESYSCLOUD_REGION, --region nor the policy's org_region names it. Transfers are judged ${judged}.`;
}

export interface TransferDecision {
  status: TransferStatus;
  mechanism: string;
  legal_basis: string;
}

const SAFEGUARDS: Partial<Record<TransferMechanism, (regime: Regime) => string>> = {
  scc: (regime) =>
    regime === "UK"
      ? "UK Addendum to the EU SCCs (UK GDPR Art. 46); a transfer risk assessment is required"
      : regime === "CH"
        ? "EU SCCs with Swiss adaptations (nFADP Art. 16(2)); a transfer impact assessment is required"
        : "Art. 46(2)(c) standard contractual clauses (Decision (EU) 2021/914); a transfer impact assessment is required (CJEU C-311/18)",
  uk_idta: () => "UK International Data Transfer Agreement (UK GDPR Art. 46); a transfer risk assessment is required",
  bcr: () => "Art. 46(2)(b) and Art. 47 binding corporate rules",
};

/**
 * Decides whether sending personal data from the source to a country is a transfer and what makes
 * it lawful, following the EU, UK or Swiss regime of the source. Unknown is never "covered".
 */
export function decideTransfer(
  source: SourceJurisdiction,
  destination: string | undefined,
  mechanism: TransferMechanism | undefined,
  catalog: Catalog,
  derogation?: string,
): TransferDecision {
  const declared = mechanism ?? "none";
  if (!destination)
    return {
      status: "unknown",
      mechanism: declared,
      legal_basis: "the recipient's country is unknown: name it in the policy's allow-list",
    };
  if (destination === source.country)
    return {
      status: "not_a_transfer",
      mechanism: "none needed",
      legal_basis: `recipient in the ${source.basis === "region" ? "org's" : "controller's"} own country (${countryName(destination)})`,
    };
  const { eea, eu_adequacy, uk_adequacy, ch_adequacy } = catalog.jurisdictions;
  if (source.regime === "other") {
    return {
      status: "needs_review",
      mechanism: declared,
      legal_basis: `the org is in ${countryName(source.country)}, outside the EU, UK and Swiss regimes this tool assesses; the transfer rules of that country apply`,
    };
  }
  if (source.regime === "EU" && eea.includes(destination))
    return {
      status: "not_a_transfer",
      mechanism: "none needed",
      legal_basis: "within the EEA: not a Chapter V transfer",
    };

  const safeguard = mechanism ? SAFEGUARDS[mechanism] : undefined;
  if (safeguard) return { status: "covered", mechanism: declared, legal_basis: safeguard(source.regime) };
  if (mechanism === "derogation") {
    return {
      status: "needs_review",
      mechanism: declared,
      legal_basis: `Art. 49(1)${derogation ? ` (${derogation})` : ""} derogation: interpreted restrictively and not for systematic, repetitive transfers (EDPB Guidelines 2/2018)`,
    };
  }
  const adequacy = eu_adequacy.find((decision) => decision.country === destination);
  const bridge = source.regime === "UK" ? uk_adequacy : source.regime === "CH" ? ch_adequacy : undefined;
  if (destination === "US") {
    if (mechanism === "dpf") {
      const framework =
        source.regime === "UK"
          ? "the UK Extension to the EU-US DPF"
          : source.regime === "CH"
            ? "the Swiss-US DPF"
            : "Art. 45: EU-US Data Privacy Framework, Implementing Decision (EU) 2023/1795";
      return {
        status: "covered",
        mechanism: declared,
        legal_basis: `${framework} (recipient declared DPF-certified; check the DPF List)`,
      };
    }
    return {
      status: "missing",
      mechanism: declared,
      legal_basis: "a US recipient needs Data Privacy Framework certification, SCCs or BCRs; none is declared",
    };
  }
  if (mechanism === "dpf")
    return {
      status: "missing",
      mechanism: declared,
      legal_basis: `the Data Privacy Framework covers only US organisations, not ${countryName(destination)}`,
    };
  if (bridge) {
    const bridged =
      (bridge.includes_eea && eea.includes(destination)) ||
      bridge.additional.includes(destination) ||
      (bridge.includes_eu_adequate && adequacy?.scope === "full");
    if (bridged) {
      return {
        status: "covered",
        mechanism: "adequacy",
        legal_basis:
          source.regime === "UK"
            ? `UK adequacy regulations (data bridge) for ${countryName(destination)}`
            : `Swiss Federal Council list of adequate countries (Annex 1 DPO) for ${countryName(destination)}`,
      };
    }
    if (!(bridge.includes_eu_adequate && adequacy)) {
      return {
        status: "missing",
        mechanism: declared,
        legal_basis: `${countryName(destination)} has no ${source.regime === "UK" ? "UK adequacy regulation" : "Swiss adequacy listing"} and no safeguard is declared`,
      };
    }
  }
  if (adequacy?.scope === "full") {
    return {
      status: "covered",
      mechanism: "adequacy",
      legal_basis: `Art. 45 adequacy decision: ${adequacy.instrument} (${adequacy.name})${adequacy.expires ? `, valid until ${adequacy.expires}` : ""}`,
    };
  }
  if (adequacy) {
    return mechanism === "adequacy"
      ? {
          status: "covered",
          mechanism: declared,
          legal_basis: `Art. 45 adequacy decision: ${adequacy.instrument}, which covers ${adequacy.scope_note}; the recipient is declared in scope`,
        }
      : {
          status: "needs_review",
          mechanism: declared,
          legal_basis: `the adequacy decision for ${adequacy.name} covers only ${adequacy.scope_note}; confirm the recipient is in scope or use SCCs`,
        };
  }
  return {
    status: "missing",
    mechanism: declared,
    legal_basis: `${countryName(destination)} has no adequacy decision and no SCCs or BCRs are declared (GDPR Art. 44)${mechanism === "adequacy" ? "; the policy claims adequacy, which does not exist" : ""}`,
  };
}
