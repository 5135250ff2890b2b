/**
 * A flag per UTF-16 code unit, set for each unit of `chars`: scans that visit every character of a
 * text ask `flags[text.charCodeAt(i)] === 1`, which builds no one-character string and is cheaper
 * than a Set or a regex test. (Only units of the Basic Multilingual Plane make sense here.)
 */
export function unitFlags(chars: string): Uint8Array {
  const flags = new Uint8Array(0x10000);
  for (let i = 0; i < chars.length; i++) flags[chars.charCodeAt(i)] = 1;
  return flags;
}
