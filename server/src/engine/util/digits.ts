// What /^\d+$/ tests, by char code: the engine asks it of many option values of every file,
// and a loop costs a fraction of a regular-expression call.

/** One or more ASCII digits and nothing else. */
export function isDigits(s: string): boolean {
  if (!s.length) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}
