export { seededRandom } from "../../src/testing/faults/seeded-random.js";

/**
 * Picks a key of `weights` with probability proportional to its weight.
 * @param weights each choice and its weight
 * @param random a number in [0, 1)
 */
export function pickWeighted<K extends string>(weights: Readonly<Record<K, number>>, random: number): K {
  const entries = Object.entries(weights) as [K, number][];
  const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
  let left = random * total;
  for (const [key, weight] of entries) {
    left -= weight;
    if (left < 0) return key;
  }
  return (entries[entries.length - 1] as [K, number])[0];
}
