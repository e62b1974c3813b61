/**
 * The compiled matcher as one binary file, written at build time and read by the background: the
 * trie's arrays as they are, and per key its dictionary entries in flat arrays, decoded only when a
 * key is first hit. Reading it costs views on one buffer and a small JSON header (the entity ids),
 * not a compile: a page's cost no longer grows with the dictionary, and neither does a cold start.
 *
 * Layout: "QVM1", the header's byte length (u32, little-endian), the header (JSON, UTF-8), then the
 * sections the header lists, each at an offset that is a multiple of 4.
 */
import type { DictionaryEntry, EntityName, EntityType, Lang } from '../kb/types';
import { compileParts, Matcher, type MatcherParts } from './matcher';
import { withTables, type TrieArrays } from './trie';

const MAGIC = 'QVM1';
const TYPES: readonly EntityType[] = ['company', 'country', 'organisation'];
const KINDS: ReadonlyArray<EntityName['kind']> = ['canonical', 'alias', 'short', 'acronym', 'adjective', 'demonym'];
const LANG_CODES: ReadonlyArray<Lang | undefined> = [undefined, 'de', 'en'];
const AMBIGUOUS: ReadonlyArray<DictionaryEntry['ambiguous']> = [undefined, true, 'de', 'en'];

type ArrayKind = 'i32' | 'u32' | 'u16' | 'u8';
interface Section {
  name: string;
  kind: ArrayKind;
  offset: number;
  length: number;
}
interface Header {
  version: 4;
  keyCount: number;
  ids: string[];
  sections: Section[];
}

const TRIE_SECTIONS = ['firstEdge', 'edgeCount', 'terminal', 'edgeChar', 'edgeTarget', 'labelStart', 'labelLength', 'labels'] as const;

/** Flags of one entry in 16 bits: type 2, kind 3, language 2, matchCase 1, ambiguous 2, possessive 1. */
function packFlags(e: DictionaryEntry): number {
  return (
    TYPES.indexOf(e.type) |
    (KINDS.indexOf(e.kind) << 2) |
    (LANG_CODES.indexOf(e.lang) << 5) |
    ((e.matchCase ? 1 : 0) << 7) |
    (AMBIGUOUS.indexOf(e.ambiguous || undefined) << 8) |
    ((e.possessive ? 1 : 0) << 10)
  );
}

function unpackEntry(text: string, entityId: string, flags: number): DictionaryEntry {
  const entry: DictionaryEntry = { text, entityId, type: TYPES[flags & 3]!, kind: KINDS[(flags >> 2) & 7]! };
  const lang = LANG_CODES[(flags >> 5) & 3];
  if (lang) entry.lang = lang;
  if ((flags >> 7) & 1) entry.matchCase = true;
  const ambiguous = AMBIGUOUS[(flags >> 8) & 3];
  if (ambiguous) entry.ambiguous = ambiguous;
  if ((flags >> 10) & 1) entry.possessive = true;
  return entry;
}

/** Compiles `entries` and writes the artefact. */
export function writeArtefact(entries: readonly DictionaryEntry[]): Uint8Array {
  const parts = compileParts(entries);
  const keyCount = parts.trie.keyCount;
  const ids: string[] = [];
  const idIndex = new Map<string, number>();
  const candStart = new Int32Array(keyCount + 1);
  const all: DictionaryEntry[] = [];
  for (let k = 0; k < keyCount; k++) {
    candStart[k] = all.length;
    all.push(...parts.entriesOf(k));
  }
  candStart[keyCount] = all.length;
  const candEntity = new Int32Array(all.length);
  const candFlags = new Uint16Array(all.length);
  // Forms in UTF-8: nearly all are Latin, so half the bytes of UTF-16.
  const encoder = new TextEncoder();
  const encoded = all.map((e) => encoder.encode(e.text));
  const formStart = new Int32Array(all.length + 1);
  let chars = 0;
  all.forEach((e, c) => {
    let id = idIndex.get(e.entityId);
    if (id === undefined) idIndex.set(e.entityId, (id = ids.push(e.entityId) - 1));
    candEntity[c] = id;
    candFlags[c] = packFlags(e);
    formStart[c] = chars;
    chars += encoded[c]!.length;
  });
  formStart[all.length] = chars;
  const forms = new Uint8Array(chars);
  encoded.forEach((bytes, c) => forms.set(bytes, formStart[c]!));

  const arrays: Record<string, Int32Array | Uint32Array | Uint16Array | Uint8Array> = {
    ...Object.fromEntries(TRIE_SECTIONS.map((name) => [name, parts.trie[name]])),
    compoundable: parts.compoundable,
    firstWords: parts.firstWords,
    leadWords: parts.leadWords,
    wordPairs: parts.wordPairs,
    compoundWords: parts.compoundWords,
    lowerFirstWords: parts.lowerFirstWords,
    lowerLeadWords: parts.lowerLeadWords,
    lowerWordPairs: parts.lowerWordPairs,
    lowerCompoundWords: parts.lowerCompoundWords,
    firstWordSlots: parts.firstWordSlots,
    candStart,
    candEntity,
    candFlags,
    formStart,
    forms,
  };
  // Offsets are relative to the end of the header, which is padded to a multiple of 4.
  let offset = 0;
  const sections: Section[] = Object.entries(arrays).map(([name, a]) => {
    const s: Section = {
      name,
      kind: a instanceof Int32Array ? 'i32' : a instanceof Uint32Array ? 'u32' : a instanceof Uint16Array ? 'u16' : 'u8',
      offset,
      length: a.length,
    };
    offset += align4(a.byteLength);
    return s;
  });
  const headerBytes = new TextEncoder().encode(JSON.stringify({ version: 4, keyCount, ids, sections } satisfies Header));
  const headerLength = align4(headerBytes.length);
  const out = new Uint8Array(8 + headerLength + offset);
  out.set(new TextEncoder().encode(MAGIC), 0);
  new DataView(out.buffer).setUint32(4, headerLength, true);
  out.set(headerBytes, 8);
  out.fill(0x20, 8 + headerBytes.length, 8 + headerLength);
  for (const s of sections) {
    const a = arrays[s.name]!;
    out.set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), 8 + headerLength + s.offset);
  }
  return out;
}

/** Reads an artefact; throws when the bytes are not one. */
export function readArtefact(bytes: ArrayBuffer | Uint8Array): Matcher {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  if (view.length < 8 || new TextDecoder().decode(view.subarray(0, 4)) !== MAGIC) throw new Error('not a matcher artefact');
  // Typed-array views need an aligned start: a copy when the bytes sit at an odd offset.
  const buf = view.byteOffset % 4 === 0 ? view : view.slice();
  const headerLength = new DataView(buf.buffer, buf.byteOffset).getUint32(4, true);
  const header = JSON.parse(new TextDecoder().decode(buf.subarray(8, 8 + headerLength))) as Header;
  if (header.version !== 4) throw new Error(`matcher artefact version ${header.version} is not supported`);
  const base = buf.byteOffset + 8 + headerLength;
  const get = <T extends Int32Array | Uint32Array | Uint16Array | Uint8Array>(name: string): T => {
    const s = header.sections.find((x) => x.name === name);
    if (!s) throw new Error(`matcher artefact has no section "${name}"`);
    const Ctor = { i32: Int32Array, u32: Uint32Array, u16: Uint16Array, u8: Uint8Array }[s.kind];
    return new Ctor(buf.buffer as ArrayBuffer, base + s.offset, s.length) as T;
  };
  const arrays = Object.fromEntries(TRIE_SECTIONS.map((name) => [name, get(name)])) as unknown as TrieArrays;
  const candStart = get<Int32Array>('candStart');
  const candEntity = get<Int32Array>('candEntity');
  const candFlags = get<Uint16Array>('candFlags');
  const formStart = get<Int32Array>('formStart');
  const forms = get<Uint8Array>('forms');
  const decoder = new TextDecoder();
  const parts: MatcherParts = {
    trie: withTables(arrays, header.keyCount),
    compoundable: get<Uint8Array>('compoundable'),
    firstWords: get<Uint32Array>('firstWords'),
    leadWords: get<Uint32Array>('leadWords'),
    wordPairs: get<Uint32Array>('wordPairs'),
    compoundWords: get<Uint32Array>('compoundWords'),
    lowerFirstWords: get<Uint32Array>('lowerFirstWords'),
    lowerLeadWords: get<Uint32Array>('lowerLeadWords'),
    lowerWordPairs: get<Uint32Array>('lowerWordPairs'),
    lowerCompoundWords: get<Uint32Array>('lowerCompoundWords'),
    firstWordSlots: get<Int32Array>('firstWordSlots'),
    entriesOf(key) {
      const out: DictionaryEntry[] = [];
      for (let c = candStart[key]!; c < candStart[key + 1]!; c++) {
        const text = decoder.decode(forms.subarray(formStart[c]!, formStart[c + 1]!));
        out.push(unpackEntry(text, header.ids[candEntity[c]!]!, candFlags[c]!));
      }
      return out;
    },
  };
  return new Matcher(parts);
}

function align4(n: number): number {
  return (n + 3) & ~3;
}
