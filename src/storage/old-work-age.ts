// How old work must be before a widget (or a host, with findOldWork) asks the client about
// it. A module of its own, without imports, so a widget's lazily loaded parts can use it.

/** After this many days untouched, old work is worth asking the client about. */
export const OLD_WORK_DAYS = 30;
