import type { en } from './en';

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

/** Every language has exactly the keys of the English messages. */
export type Messages = Shape<typeof en>;

type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

type WithoutPlural<K> = K extends `${infer Base}_${'one' | 'other'}` ? Base : K;

/** Every message key, with plural forms named once (`count.cards`, not `count.cards_one`). */
export type MessageKey = WithoutPlural<Leaves<Messages>>;
