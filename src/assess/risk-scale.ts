import type { RiskLevel } from "../catalog/schema";

export const RISK_LEVELS: readonly RiskLevel[] = ["Low", "Medium", "High", "Critical"];

export function levelIndex(level: RiskLevel): number {
  return RISK_LEVELS.indexOf(level) + 1;
}

export function levelOf(index: number): RiskLevel {
  return RISK_LEVELS[Math.min(4, Math.max(1, index)) - 1]!;
}

export function maxLevel(levels: RiskLevel[], floor: RiskLevel = "Low"): RiskLevel {
  return levelOf(Math.max(levelIndex(floor), ...levels.map(levelIndex)));
}

export function atLeast(level: RiskLevel, threshold: RiskLevel): boolean {
  return levelIndex(level) >= levelIndex(threshold);
}

/**
 * Likelihood × impact on four levels (the CNIL scales, labelled Low..Critical). Rows are impact,
 * columns likelihood. Severe harm is High even when unlikely; Critical needs severe harm that is
 * at least likely, or maximal harm that is possible.
 */
const MATRIX: RiskLevel[][] = [
  ["Low", "Low", "Medium", "Medium"],
  ["Low", "Medium", "Medium", "High"],
  ["Medium", "High", "High", "Critical"],
  ["High", "High", "Critical", "Critical"],
];

export function combine(likelihood: RiskLevel, impact: RiskLevel): RiskLevel {
  return MATRIX[levelIndex(impact) - 1]![levelIndex(likelihood) - 1]!;
}
