import type { LexiconEntry } from "../catalog/schema";

/**
 * Letters that Unicode does not decompose into a base letter and a mark, and Cyrillic and Greek
 * letters that look like Latin ones (a field called `сardNumber` with a Cyrillic `с` is still a card).
 */
const FOLDED: Record<string, string> = {
  ß: "ss",
  ẞ: "SS",
  ł: "l",
  Ł: "L",
  ø: "o",
  Ø: "O",
  æ: "ae",
  Æ: "AE",
  œ: "oe",
  Œ: "OE",
  đ: "d",
  Đ: "D",
  ı: "i",
  þ: "th",
  Þ: "TH",
  а: "a",
  А: "A",
  в: "b",
  В: "B",
  е: "e",
  Е: "E",
  ѕ: "s",
  Ѕ: "S",
  і: "i",
  І: "I",
  ј: "j",
  Ј: "J",
  к: "k",
  К: "K",
  м: "m",
  М: "M",
  н: "h",
  Н: "H",
  о: "o",
  О: "O",
  р: "p",
  Р: "P",
  с: "c",
  С: "C",
  т: "t",
  Т: "T",
  у: "y",
  У: "Y",
  х: "x",
  Х: "X",
  ԁ: "d",
  ԛ: "q",
  ԝ: "w",
  α: "a",
  Α: "A",
  β: "b",
  Β: "B",
  ε: "e",
  Ε: "E",
  ι: "i",
  Ι: "I",
  κ: "k",
  Κ: "K",
  μ: "m",
  Μ: "M",
  ν: "v",
  Ν: "N",
  ο: "o",
  Ο: "O",
  ρ: "p",
  Ρ: "P",
  τ: "t",
  Τ: "T",
  υ: "u",
  Υ: "Y",
  χ: "x",
  Χ: "X",
  Ζ: "Z",
  Η: "H",
};
const FOLDABLE = new RegExp(`[${Object.keys(FOLDED).join("")}]`, "g");

/** `Geburtsdatum`, `numéro_de_carte`, `Prüfnummer`, `ｃａｒｄ` → ASCII letters, case kept, marks removed. */
function foldDiacritics(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .replace(FOLDABLE, (letter) => FOLDED[letter]!);
}

/** `contactFirstName`, `contact_first_name`, `CONTACT-FIRST-NAME`, `Número de tarjeta` → words. */
export function fieldTokens(name: string): string[] {
  return (
    foldDiacritics(name)
      // "Card #", "Account #", "phone#": a number, as people write it.
      .replace(/#/g, " number ")
      .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
      .replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2")
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter(Boolean)
  );
}

/** Terms at least this long also end a compound (`Kundengeburtsdatum`, `billingaddress`) or are written in parts (`kreditkartenNummer`). */
const COMPOUND_MIN = 7;

interface PreparedTerm {
  entry: number;
  words: string[];
}

interface PreparedLexicon {
  kinds: string[];
  notAfter: Array<Set<string>>;
  notBefore: Array<Set<string>>;
  /** Terms by their first word. */
  byFirstWord: Map<string, PreparedTerm[]>;
  /** Terms by their words written together (`card number` → `cardnumber`). */
  byJoined: Map<string, PreparedTerm[]>;
  /** Field names already classified; bounded, so hostile configurations cannot grow it without end. */
  memo: Map<string, string[]>;
}

const MEMO_LIMIT = 10_000;

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

interface PreparedEntry {
  terms: string[][];
  notAfter: Set<string>;
  notBefore: Set<string>;
}

/** Terms are folded like field names, so a policy may write `numéro de carte` or `e-mail`. */
const preparedEntries = new WeakMap<LexiconEntry, PreparedEntry>();
function prepareEntry(entry: LexiconEntry): PreparedEntry {
  let result = preparedEntries.get(entry);
  if (!result) {
    const words = (list: string[] | undefined) => new Set((list ?? []).flatMap((word) => fieldTokens(word)));
    const terms = [...entry.terms, ...Object.values(entry.translations ?? {}).flat()]
      .map((text) => fieldTokens(text))
      .filter((term) => term.length > 0);
    result = { terms, notAfter: words(entry.not_after), notBefore: words(entry.not_before) };
    preparedEntries.set(entry, result);
  }
  return result;
}

/**
 * Each application of a policy builds a new list of the same entries, so the index is cached by
 * the entries themselves (a trie of weak maps), not by the list.
 */
interface IndexNode {
  next: WeakMap<LexiconEntry, IndexNode>;
  index?: PreparedLexicon;
}
const indexRoot: IndexNode = { next: new WeakMap() };

function prepare(lexicon: LexiconEntry[]): PreparedLexicon {
  let node = indexRoot;
  for (const entry of lexicon) {
    let child = node.next.get(entry);
    if (!child) {
      child = { next: new WeakMap() };
      node.next.set(entry, child);
    }
    node = child;
  }
  if (!node.index) node.index = buildIndex(lexicon);
  return node.index;
}

function buildIndex(lexicon: LexiconEntry[]): PreparedLexicon {
  let result: PreparedLexicon;
  result = { kinds: [], notAfter: [], notBefore: [], byFirstWord: new Map(), byJoined: new Map(), memo: new Map() };
  for (const [index, entry] of lexicon.entries()) {
    const { terms, notAfter, notBefore } = prepareEntry(entry);
    result.kinds.push(entry.kind);
    result.notAfter.push(notAfter);
    result.notBefore.push(notBefore);
    for (const words of terms) {
      const term = { entry: index, words };
      push(result.byFirstWord, words[0]!, term);
      push(result.byJoined, words.join(""), term);
    }
  }
  return result;
}

function classify(tokens: string[], lexicon: PreparedLexicon): string[] {
  const found = new Set<number>();
  const allowed = (term: PreparedTerm, before: string | undefined, after: string | undefined) =>
    !(before !== undefined && lexicon.notAfter[term.entry]!.has(before)) &&
    !lexicon.notBefore[term.entry]!.has(after ?? "");
  tokens.forEach((token, i) => {
    const before = i > 0 ? tokens[i - 1] : undefined;
    for (const term of lexicon.byFirstWord.get(token) ?? []) {
      if (
        term.words.every((word, offset) => tokens[i + offset] === word) &&
        allowed(term, before, tokens[i + term.words.length])
      )
        found.add(term.entry);
    }
    for (const term of lexicon.byJoined.get(token) ?? []) {
      if (term.words.length > 1 && allowed(term, before, tokens[i + 1])) found.add(term.entry);
    }
    for (let cut = 1; token.length - cut >= COMPOUND_MIN; cut++) {
      const prefix = token.slice(0, cut);
      for (const term of lexicon.byJoined.get(token.slice(cut)) ?? []) {
        if (!lexicon.notAfter[term.entry]!.has(prefix) && allowed(term, before, tokens[i + 1])) found.add(term.entry);
      }
    }
    let compound = token;
    for (let j = i + 1; j < tokens.length && j <= i + 3; j++) {
      compound += tokens[j]!;
      if (compound.length < COMPOUND_MIN) continue;
      for (const term of lexicon.byJoined.get(compound) ?? [])
        if (allowed(term, before, tokens[j + 1])) found.add(term.entry);
    }
  });
  return [...new Set([...found].map((entry) => lexicon.kinds[entry]!))].sort();
}

/** The kinds of data (name, email, card_pan, ...) a field name suggests, by the lexicon. */
export function kindsOfField(name: string, lexicon: LexiconEntry[]): string[] {
  const prepared = prepare(lexicon);
  const known = prepared.memo.get(name);
  if (known) return [...known];
  const kinds = classify(fieldTokens(name), prepared);
  if (prepared.memo.size < MEMO_LIMIT) prepared.memo.set(name, kinds);
  return [...kinds];
}
