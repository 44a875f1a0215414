/** Parts of the app built once per base (configuration + DynamoDB client), on first use (./parts.ts). */
const built = new WeakMap<object, Map<string, unknown>>();

/** The part `name` of base `b`, built by `make` on first use and kept. */
export function once<T>(b: object, name: string, make: () => T): T {
  let parts = built.get(b);
  if (!parts) built.set(b, (parts = new Map()));
  if (!parts.has(name)) parts.set(name, make());
  return parts.get(name) as T;
}
