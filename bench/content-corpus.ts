// The content-scanning workload: JSON payloads and chat transcripts with personal data sprinkled in,
// generated deterministically, and the single regular expression the scanner is compared with.

/** Deterministic pseudo-random numbers, so every run scans the same corpus. */
function rng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const WORDS =
  "the customer asked about delivery refund order account balance tariff upgrade please thanks agent queue transfer callback hello yes no".split(
    " ",
  );
const PII = [
  "4111 1111 1111 1111",
  "jane.doe@example-retail.eu",
  "+44 20 7946 0958",
  "DE89 3704 0044 0532 0130 00",
  "order 123456789",
  "DOB 12/03/1984",
  "203.0.113.7",
];

function sentence(random: () => number): string {
  const words = Array.from(
    { length: 8 + Math.floor(random() * 12) },
    () => WORDS[Math.floor(random() * WORDS.length)]!,
  );
  if (random() < 0.15) words.splice(Math.floor(random() * words.length), 0, PII[Math.floor(random() * PII.length)]!);
  return words.join(" ");
}

export function contentCorpus(megabytes: number): string[] {
  const random = rng(42);
  const documents: string[] = [];
  let bytes = 0;
  while (bytes < megabytes * 1024 * 1024) {
    const document =
      random() < 0.5
        ? JSON.stringify({
            id: Math.floor(random() * 1e9),
            customer: { name: "Customer", notes: sentence(random) },
            items: [{ sku: "A-1", text: sentence(random) }],
          })
        : Array.from({ length: 6 }, (_, i) => `${i % 2 ? "Agent" : "Customer"}: ${sentence(random)}`).join("\n");
    documents.push(document);
    bytes += Buffer.byteLength(document);
  }
  return documents;
}

export const SINGLE_REGEX =
  /(?:\d[ -]?){12,18}\d|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+|\+\d[\d ]{7,16}\d/g;
