// Whole numbers with thousands separators ("50,000"), without Intl: the first toLocaleString call
// loads ICU's number data, which cost ~35 ms on the path to the first paint on a slow machine.

/** "1,234,567" for 1234567; negative numbers and zero too. Expects an integer. */
export function groupThousands(n: number): string {
  const digits = String(Math.abs(Math.trunc(n)));
  let out = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += ',';
    out += digits[i];
  }
  return n < 0 ? `-${out}` : out;
}
