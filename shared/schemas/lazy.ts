/**
 * Schemas built on first use (issue 17: cold start). Building every zod/mini schema at module load cost a Lambda
 * ~12 ms of CPU before its first request, though a request uses one or two of them. `lazy(build)` returns a stand-in
 * that builds the schema the first time any property is read and forwards everything to it from then on, so the
 * exported names keep their types and their use (`claimSchema.safeParse(...)`, `z.optional(phoneSchema)`,
 * `ACTION_SCHEMAS[action]`, `action in ACTION_SCHEMAS`) with the same Chinese messages.
 * zod/mini binds its methods to the schema instance, so calling them through the stand-in is the same call.
 */
export function lazy<T extends object>(build: () => T): T {
  let built: T | undefined;
  const real = (): T => (built ??= build());
  // The target is only a placeholder: every trap answers from the real schema. It stays extensible, so reporting the
  // real schema's keys and (configurable) descriptors keeps the Proxy invariants.
  return new Proxy({} as T, {
    get: (_t, key) => Reflect.get(real(), key),
    set: (_t, key, value) => Reflect.set(real(), key, value),
    has: (_t, key) => Reflect.has(real(), key),
    ownKeys: () => Reflect.ownKeys(real()),
    getOwnPropertyDescriptor: (_t, key) => {
      const d = Reflect.getOwnPropertyDescriptor(real(), key);
      return d && { ...d, configurable: true };
    },
    getPrototypeOf: () => Reflect.getPrototypeOf(real()),
  });
}
