/**
 * Numbers as Terraform (cty) has them: arbitrary-precision floats that print as plain decimals.
 * The evaluator keeps a JavaScript number only when it denotes exactly the decimal Terraform holds:
 * the shortest text of the double (`String(n)`) is that decimal. A literal or a result for which
 * this cannot be guaranteed (more digits than a double keeps, 1/3, 0.1 + 0.2, -0) is left unresolved.
 */

/** A decimal as an integer coefficient and a power of ten: coefficient × 10^exponent. */
export interface Decimal {
  coefficient: bigint;
  exponent: number;
}

const DECIMAL_TEXT = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

function parseDecimal(text: string): Decimal | undefined {
  const match = DECIMAL_TEXT.exec(text);
  if (!match) return undefined;
  const [, sign, whole = "", fraction = "", exponent = "0"] = match;
  if (whole === "" && fraction === "") return undefined;
  if (exponent.length > 6) return undefined;
  const digits = BigInt(`${whole}${fraction}` || "0");
  return { coefficient: sign === "-" ? -digits : digits, exponent: Number(exponent) - fraction.length };
}

function sameDecimal(a: Decimal, b: Decimal): boolean {
  const shift = a.exponent - b.exponent;
  if (shift >= 0) return a.coefficient * 10n ** BigInt(shift) === b.coefficient;
  return b.coefficient * 10n ** BigInt(-shift) === a.coefficient;
}

/** The decimal a finite double stands for in the evaluator: its shortest round-trip text. */
export function decimalOf(value: number): Decimal {
  return parseDecimal(String(value))!;
}

/** The double for a decimal text, when it denotes exactly that decimal; undefined otherwise. */
export function exactNumber(text: string): number | undefined {
  const decimal = parseDecimal(text.trim() === text ? text : "");
  if (!decimal) return undefined;
  const value = Number(text);
  if (!Number.isFinite(value) || Object.is(value, -0)) return undefined;
  return sameDecimal(decimal, decimalOf(value)) ? value : undefined;
}

/** Terraform's text for a number: the plain decimal, never an exponent (1e21 is 1000000000000000000000). */
export function formatNumber(value: number): string {
  const { coefficient, exponent } = decimalOf(value);
  const negative = coefficient < 0n;
  const digits = (negative ? -coefficient : coefficient).toString();
  let text: string;
  if (exponent >= 0) text = digits === "0" ? "0" : digits + "0".repeat(exponent);
  else {
    const padded = digits.padStart(-exponent + 1, "0");
    const whole = padded.slice(0, exponent);
    const fraction = padded.slice(exponent).replace(/0+$/, "");
    text = fraction ? `${whole}.${fraction}` : whole;
  }
  return negative ? `-${text}` : text;
}

/** A double's exact binary value as mantissa × 2^exponent. */
function binaryOf(value: number): { mantissa: bigint; exponent: number } {
  if (value === 0) return { mantissa: 0n, exponent: 0 };
  let exponent = 0;
  let scaled = value;
  while (!Number.isInteger(scaled)) {
    scaled *= 2;
    exponent--;
  }
  return { mantissa: BigInt(scaled), exponent };
}

/** True when the double's exact binary value is the decimal it prints as (0.5 yes, 0.1 no). */
export function isBinaryExact(value: number): boolean {
  if (!Number.isFinite(value)) return false;
  if (Number.isInteger(value)) return Number.isSafeInteger(value);
  const { mantissa, exponent } = binaryOf(value);
  // mantissa / 2^k = mantissa × 5^k / 10^k
  const exact: Decimal = { coefficient: mantissa * 5n ** BigInt(-exponent), exponent };
  return sameDecimal(exact, decimalOf(value));
}

/** a ⊕ b as Terraform computes it, when JavaScript computes the same exact value; else undefined. */
export function exactArithmetic(operator: string, a: number, b: number): number | undefined {
  if (!isBinaryExact(a) || !isBinaryExact(b)) return undefined;
  let result: number;
  switch (operator) {
    case "+":
      result = a + b;
      break;
    case "-":
      result = a - b;
      break;
    case "*":
      result = a * b;
      break;
    case "/":
      result = a / b;
      if (!Number.isFinite(result)) return undefined;
      // Only a quotient that multiplies back exactly is exact (1/4 yes, 1/3 no).
      if (!isBinaryExact(result) || result * b !== a) return undefined;
      break;
    case "%":
      // Terraform's remainder takes the dividend's sign, as JavaScript's does, on whole numbers.
      if (!Number.isInteger(a) || !Number.isInteger(b)) return undefined;
      result = a % b;
      break;
    default:
      return undefined;
  }
  if (!Number.isFinite(result) || Object.is(result, -0) || !isBinaryExact(result)) return undefined;
  return isExactResult(operator, a, b, result) ? result : undefined;
}

/** Checks + - * against exact integer arithmetic on the binary values (no rounding happened). */
function isExactResult(operator: string, a: number, b: number, result: number): boolean {
  if (operator === "/" || operator === "%") return true;
  const [x, y, r] = [binaryOf(a), binaryOf(b), binaryOf(result)];
  const low = Math.min(x.exponent, y.exponent, r.exponent);
  const at = (v: { mantissa: bigint; exponent: number }) => v.mantissa * 2n ** BigInt(v.exponent - low);
  if (operator === "*") {
    const scale = x.exponent + y.exponent - r.exponent;
    return scale <= 0
      ? x.mantissa * y.mantissa * 2n ** BigInt(-scale) === r.mantissa
      : x.mantissa * y.mantissa === r.mantissa * 2n ** BigInt(scale);
  }
  return (operator === "+" ? at(x) + at(y) : at(x) - at(y)) === at(r);
}
