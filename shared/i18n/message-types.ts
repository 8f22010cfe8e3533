// The shapes of the message tables (types only: importing this loads no messages).
import type { messages as english } from './messages/en';
import type { Namespace } from './namespaces';

/** The English messages: the source of the keys every other language must have. */
export type Messages = typeof english;

/** Other languages are checked key by key in tests, so their JSON types are loosened here. */
type Loose = { readonly [key: string]: string | Loose };

/** One language's messages, namespace by namespace. */
export type LanguageMessages = Readonly<Record<Namespace, Loose>>;
