// A table looked up by a person's word. An object literal also "has" `constructor` and `__proto__`
// (from Object.prototype), so a lookup of "soy constructor" found a function where a word was
// expected and the turn failed. A table made here has its own words and nothing else.

/** The entries in an object with no prototype: `table[word]` is undefined for any other word. */
export function wordTable<T>(entries: Readonly<Record<string, T>>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}
