/** Names drop their outer quotes when the whole name is quoted. */
export function clean(name: string): string {
  const quoted = /^[“"][^“”"]*[”"]$/.test(name);
  return (quoted ? name.slice(1, -1) : name).trim();
}
