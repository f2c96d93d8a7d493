/**
 * Sets `key` on `object` as its own data member, even `__proto__`: a key read from a configuration or a plan is a
 * name, never the object's prototype. Only `__proto__` is defined (Object.prototype's one accessor); every other key
 * is assigned, which is the same member: defining each one made building objects eleven times slower and reading them
 * twice as slow (V8 gives defined members a slower shape), on every attribute of every resource (issue 28).
 */
export function setOwnMember(object: object, key: string, value: unknown): void {
  if (key === "__proto__")
    Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
  else (object as Record<string, unknown>)[key] = value;
}
