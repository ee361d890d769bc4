// Types for news-annotator: the schema of one `annotate --jsonl` output line.

export type Kind = 'person' | 'place' | 'position';
export type Id = string | number | boolean | null;

/** One mention. Offsets are Unicode code points (not UTF-16 units), end exclusive. */
export interface Mention {
  start: number;
  end: number;
  kind: Kind;
  /** The mention's text, exactly code points start..end of the input. */
  text: string;
  /** For a position: the name of the person the text ties it to. */
  holder?: string;
}

/** Who holds which post (names as written in the text). */
export interface Hold {
  person: string;
  position: string;
}

export interface PlaceFacts {
  category: string;
  country: string | null;
  lat: number | null;
  lon: number | null;
  population: number | null;
}

/** One person, place or position with all its mentions. */
export interface Group {
  kind: Kind;
  name: string;
  aliases: string[];
  mentions: number;
  holds: { position: string | null; country: string | null }[];
  country: string | null;
  place: PlaceFacts | null;
}

/**
 * A quotation: code points of the quoted words inside the marks; `speaker` is the
 * person's fullest name, absent where no named person says it.
 */
export interface Quote {
  start: number;
  end: number;
  speaker?: string;
}

export interface Annotation {
  id: Id;
  entities: Mention[];
  holds: Hold[];
  groups: Group[];
  quotes: Quote[];
  [key: string]: unknown;
}

/**
 * Annotates one text: the people, places and positions it names, and who holds
 * which post. Throws TypeError if `text` is not a string. In a browser, call
 * `await init()` first.
 */
export function annotate(text: string, options?: { id?: Id }): Annotation;

/**
 * Loads the WebAssembly engine (browser: fetches the .wasm beside the module, or
 * `input`). In Node it is already loaded and this resolves at once.
 */
export function init(input?: string | URL | Response | BufferSource | WebAssembly.Module): Promise<void>;

/** The package version. */
export function version(): string;
