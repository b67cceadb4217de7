/** Colours that keep a 4.5:1 contrast for white text, one per member, the same on every screen. */
const COLORS = ['#b42318', '#9a3412', '#854d0e', '#15803d', '#0f766e', '#0369a1', '#4338ca', '#7e22ce', '#be185d', '#475569'];

export function memberColor(memberId: string): string {
  let hash = 0;
  for (const char of memberId) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return COLORS[hash % COLORS.length]!;
}
