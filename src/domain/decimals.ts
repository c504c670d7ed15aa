/**
 * Exact arithmetic on numbers written as plain decimal strings (429.49, -12.3, 42949000000): scaling
 * by powers of ten, comparing, rounding and the precision a writer gave, never through floating
 * point, so 429.49亿 is 42949000000 and not 42949000000.000004.
 */

/** Multiplies a decimal string by 10^exponent without floating-point error. */
export function scaleDecimal(decimal: string, exponent: number): string {
  if (!/^\d+(\.\d+)?$/.test(decimal)) throw new Error(`not a plain decimal: ${decimal}`);
  const [whole, fraction = ''] = decimal.split('.');
  const digits = whole + fraction;
  const point = whole.length + exponent;
  let out = digits;
  if (point >= digits.length) out = digits + '0'.repeat(point - digits.length);
  else if (point <= 0) out = `0.${'0'.repeat(-point)}${digits}`;
  else out = `${digits.slice(0, point)}.${digits.slice(point)}`;
  out = out.replace(/^0+(?=\d)/, '');
  if (out.includes('.')) out = out.replace(/0+$/, '').replace(/\.$/, '');
  return out === '' ? '0' : out;
}

/** Digits after the decimal point of a plain decimal. */
const decimalsOf = (decimal: string) => (decimal.split('.')[1] ?? '').length;

/** A plain decimal, possibly negative, as an integer of `scale` decimal places. */
function scaled(decimal: string, scale: number): bigint {
  const negative = decimal.startsWith('-');
  const magnitude = BigInt(scaleDecimal(negative ? decimal.slice(1) : decimal, scale));
  return negative ? -magnitude : magnitude;
}

/** Compares two plain decimals (possibly negative) exactly: -1, 0 or 1. */
export function compareDecimals(a: string, b: string): number {
  const scale = Math.max(decimalsOf(a), decimalsOf(b));
  const d = scaled(a, scale) - scaled(b, scale);
  return d === 0n ? 0 : d < 0n ? -1 : 1;
}

/** Whether |a − b| ≤ ½·10^exponent, exactly: b rounded at that power of ten is a (ties count). */
export function withinHalfUnit(a: string, b: string, exponent: number): boolean {
  const scale = Math.max(decimalsOf(a), decimalsOf(b), -exponent, 0);
  let d = scaled(a, scale) - scaled(b, scale);
  if (d < 0n) d = -d;
  return 2n * d <= 10n ** BigInt(exponent + scale);
}

/** A plain decimal plus 10^exponent, exactly: 19000000 and 6 give 20000000. */
export function addPower(decimal: string, exponent: number): string {
  const scale = Math.max(decimalsOf(decimal), -exponent, 0);
  const sum = scaled(decimal, scale) + 10n ** BigInt(exponent + scale);
  const negative = sum < 0n;
  const digits = (negative ? -sum : sum).toString().padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  const fraction = digits.slice(digits.length - scale).replace(/0+$/, '');
  return `${negative ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
}

/**
 * The power of ten of the last significant digit of a number as written, times 10^exponent: 429.49
 * (亿, 8) is significant to 10^6; 5.5 (万, 4) to 10^3. Trailing zeros of a whole number are
 * significant (430 to 10^0) unless `roundNumber` says the writer rounded it (约430: to 10^1).
 */
export function precisionOf(decimal: string, exponent: number, { roundNumber = false } = {}): number {
  const digits = decimal.replace(/^-/, '');
  const decimals = decimalsOf(digits);
  if (decimals > 0 || !roundNumber) return exponent - decimals;
  const zeros = /0*$/.exec(digits)?.[0].length ?? 0;
  return exponent + (zeros === digits.length ? 0 : zeros);
}

/** The precision of a figure no claim's digits go past (a share of 100%, recorded or claimed): only its own number rounds to it. */
export const ALL_OF_IT = -12;

/** A decimal's significant digits and the power of ten of its last one: 42949000000 → 42949, 6. */
export function significand(decimal: string): { digits: string; exponent: number } {
  const [whole, fraction = ''] = decimal.replace(/^-/, '').split('.');
  const all = (whole + fraction).replace(/^0+/, '');
  const trailing = /0*$/.exec(all)?.[0].length ?? 0;
  return { digits: all.slice(0, all.length - trailing), exponent: trailing - fraction.length };
}
