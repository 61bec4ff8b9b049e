/** "Act III": act numbers as the game shows them (the title, chapters, the notes a restored save gives). */
const NUMERALS: [number, string][] = [
  [10, "X"],
  [9, "IX"],
  [5, "V"],
  [4, "IV"],
  [1, "I"],
];

export function romanNumeral(value: number): string {
  if (!Number.isInteger(value) || value <= 0 || value >= 40) return String(value);
  let rest = value;
  let text = "";
  for (const [amount, numeral] of NUMERALS) {
    while (rest >= amount) {
      text += numeral;
      rest -= amount;
    }
  }
  return text;
}
