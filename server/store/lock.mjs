// One operation at a time on a connection that cannot interleave statements safely.

export function createLock() {
  /** @type {Promise<unknown>} */
  let tail = Promise.resolve();
  return {
    /**
     * @template T
     * @param {() => Promise<T>} work
     * @returns {Promise<T>}
     */
    run(work) {
      const result = tail.then(work);
      tail = result.catch(() => undefined);
      return result;
    },
  };
}
