/**
 * The browser's localStorage or sessionStorage, reached only when first read or written: reaching it is a
 * round trip to the browser (tens of ms on a busy phone) that the record store's start, in the task that
 * loads the journal, need not pay. Where the page may not touch it (a private mode, blocked storage) each
 * call throws, as the storage itself would; every caller already treats a throw as "no storage".
 */
export type KeyValue = Pick<Storage, "getItem" | "setItem" | "removeItem">;

export function browserStorage(name: "localStorage" | "sessionStorage"): KeyValue {
  const reach = (): Storage => {
    const storage = globalThis[name];
    if (!storage) throw new Error(`${name} is not available`);
    return storage;
  };
  return {
    getItem: (key) => reach().getItem(key),
    setItem: (key, value) => reach().setItem(key, value),
    removeItem: (key) => reach().removeItem(key),
  };
}
