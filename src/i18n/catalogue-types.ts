// A translation of an English catalogue: the same keys, any wording.
export type Catalogue<English> = { [Key in keyof English]: string };
