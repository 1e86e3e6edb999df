/** Compile-time checks: `Expect<Equal<A, B>>` fails to compile unless the two types are the same. */
export type Expect<T extends true> = T;
/** `true` when `A` and `B` are the same type, not merely assignable to each other. */
export type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
