/**
 * %d %f %e of Terraform's format(): Go's big.Float and big.Int formatting of the exact decimal,
 * rounding half to even. A number Terraform holds only approximately (0.15 is not exact in binary)
 * that sits exactly on a rounding tie could round either way there: it is NotExact.
 */
import { decimalOf, isBinaryExact } from "../numbers";
import { EvaluationFailure, NotExact } from "../values";

/** The digits of |value| × 10^shift rounded to a whole number, half to even. */
function roundedScaled(value: number, shift: number): bigint {
  const { coefficient, exponent } = decimalOf(value);
  const magnitude = coefficient < 0n ? -coefficient : coefficient;
  const power = exponent + shift;
  if (power >= 0) return magnitude * 10n ** BigInt(power);
  const divisor = 10n ** BigInt(-power);
  const quotient = magnitude / divisor;
  const twice = (magnitude % divisor) * 2n;
  if (twice < divisor) return quotient;
  if (twice > divisor) return quotient + 1n;
  if (!isBinaryExact(value)) throw new NotExact("format: a rounding tie of an inexact number");
  return quotient % 2n === 0n ? quotient : quotient + 1n;
}

/** %.<precision>f without sign. */
export function fixedDigits(value: number, precision: number): string {
  if (precision > 100) throw new NotExact("format: precision beyond the digits the evaluator keeps");
  const digits = roundedScaled(value, precision)
    .toString()
    .padStart(precision + 1, "0");
  return precision === 0 ? digits : `${digits.slice(0, -precision)}.${digits.slice(-precision)}`;
}

/** %.<precision>e without sign: d.ddd e±XX. */
export function exponentDigits(value: number, precision: number): string {
  if (precision > 100) throw new NotExact("format: precision beyond the digits the evaluator keeps");
  if (value === 0) return `${precision > 0 ? `0.${"0".repeat(precision)}` : "0"}e+00`;
  const { coefficient, exponent } = decimalOf(value);
  const magnitude = (coefficient < 0n ? -coefficient : coefficient).toString();
  let power = magnitude.length - 1 + exponent;
  let digits = roundedScaled(value, precision - power).toString();
  if (digits.length > precision + 1) {
    power++;
    digits = digits.slice(0, precision + 1);
  }
  const mantissa = precision > 0 ? `${digits[0]}.${digits.slice(1)}` : digits;
  const sign = power < 0 ? "-" : "+";
  return `${mantissa}e${sign}${String(Math.abs(power)).padStart(2, "0")}`;
}

/** %d %x %X %o %b of a whole number, without sign. */
export function integerDigits(value: number, verb: string): string {
  if (!Number.isInteger(value)) throw new EvaluationFailure(`format: %${verb} needs a whole number`);
  const base = verb === "d" ? 10 : verb === "o" ? 8 : verb === "b" ? 2 : 16;
  const { coefficient, exponent } = decimalOf(Math.abs(value));
  const whole = exponent >= 0 ? coefficient * 10n ** BigInt(exponent) : coefficient / 10n ** BigInt(-exponent);
  const text = whole.toString(base);
  return verb === "X" ? text.toUpperCase() : text;
}
