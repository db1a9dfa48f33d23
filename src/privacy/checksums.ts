/** The check character of a Chinese resident ID (GB 11643, ISO 7064 MOD 11-2) over its 17 digits. */
const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10x98765432';

/** 18 characters, 17 digits and a check digit or x, whose check character is right. */
export function validResidentId(id: string): boolean {
  const s = id.toLowerCase();
  if (!/^\d{17}[\dx]$/.test(s)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(s[i]) * ID_WEIGHTS[i]!;
  return ID_CHECK[sum % 11] === s[17];
}

/** The Luhn check bank cards carry in their last digit (UnionPay, Visa, Mastercard...). */
export function passesLuhn(digits: string): boolean {
  if (!/^\d{12,19}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}
