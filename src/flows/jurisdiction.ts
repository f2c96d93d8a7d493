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

type Adequacy = Catalog["jurisdictions"]["eu_adequacy"][number];

/** Whether Chapter V applies at all: same country, within the EEA, or a regime this tool does not assess. */
function regimeDecision(
  source: SourceJurisdiction,
  destination: string,
  declared: TransferDecision["mechanism"],
  catalog: Catalog,
): TransferDecision | undefined {
  if (destination === source.country)
    return {
      status: "not_a_transfer",
      mechanism: "none needed",
      legal_basis: `recipient in the ${source.basis === "region" ? "org's" : "controller's"} own country (${countryName(destination)})`,
    };
  if (source.regime === "other") {
    return {
      status: "needs_review",
      mechanism: declared,
      legal_basis: `the org is in ${countryName(source.country)}, outside the EU, UK and Swiss regimes this tool assesses; the transfer rules of that country apply`,
    };
  }
  if (source.regime === "EU" && catalog.jurisdictions.eea.includes(destination))
    return {
      status: "not_a_transfer",
      mechanism: "none needed",
      legal_basis: "within the EEA: not a Chapter V transfer",
    };
  return undefined;
}

/** A declared Art. 46 safeguard covers the transfer; a declared Art. 49 derogation needs review. */
function safeguardDecision(
  source: SourceJurisdiction,
  mechanism: TransferMechanism | undefined,
  declared: TransferDecision["mechanism"],
  derogation: string | undefined,
): TransferDecision | undefined {
  const safeguard = mechanism ? SAFEGUARDS[mechanism] : undefined;
  if (safeguard) return { status: "covered", mechanism: declared, legal_basis: safeguard(source.regime) };
  if (mechanism === "derogation") {
    return {
      status: "needs_review",
      mechanism: declared,
      legal_basis: `Art. 49(1)${derogation ? ` (${derogation})` : ""} derogation: interpreted restrictively and not for systematic, repetitive transfers (EDPB Guidelines 2/2018)`,
    };
  }
  return undefined;
}

/** The Data Privacy Framework covers US recipients that declare it (through the UK and Swiss extensions too), and only them. */
function frameworkDecision(
  source: SourceJurisdiction,
  destination: string,
  mechanism: TransferMechanism | undefined,
  declared: TransferDecision["mechanism"],
): TransferDecision | undefined {
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
  return undefined;
}

/** UK and Swiss sources: their own adequacy lists (data bridges), which may or may not follow the EU's. */
function bridgeDecision(
  source: SourceJurisdiction,
  destination: string,
  declared: TransferDecision["mechanism"],
  catalog: Catalog,
  adequacy: Adequacy | undefined,
): TransferDecision | undefined {
  const { eea, uk_adequacy, ch_adequacy } = catalog.jurisdictions;
  const bridge = source.regime === "UK" ? uk_adequacy : source.regime === "CH" ? ch_adequacy : undefined;
  if (!bridge) return undefined;
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
  return undefined;
}

/** An EU adequacy decision covers the transfer; a partial one only recipients declared in its scope. */
function adequacyDecision(
  adequacy: Adequacy | undefined,
  mechanism: TransferMechanism | undefined,
  declared: TransferDecision["mechanism"],
): TransferDecision | undefined {
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
  return undefined;
}

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
  const adequacy = catalog.jurisdictions.eu_adequacy.find((decision) => decision.country === destination);
  return (
    regimeDecision(source, destination, declared, catalog) ??
    safeguardDecision(source, mechanism, declared, derogation) ??
    frameworkDecision(source, destination, mechanism, declared) ??
    bridgeDecision(source, destination, declared, catalog, adequacy) ??
    adequacyDecision(adequacy, mechanism, declared) ?? {
      status: "missing",
      mechanism: declared,
      legal_basis: `${countryName(destination)} has no adequacy decision and no SCCs or BCRs are declared (GDPR Art. 44)${mechanism === "adequacy" ? "; the policy claims adequacy, which does not exist" : ""}`,
    }
  );
}
