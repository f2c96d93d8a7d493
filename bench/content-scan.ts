// Content-scanning benchmark: the detectors over a mixed corpus of JSON payloads and chat text,
// side by side with one regular expression over the same bytes, at 1, 10 and 100 MB.
// Prints throughput, the ratio to the single-regex pass, and how time grows with size.
import { scanSample } from "../src/classify/content/scan-sample";

const SIZES_MB = (process.env.BENCH_SIZES_MB ?? "1,10,100").split(",").map(Number);

/** Deterministic pseudo-random numbers, so every run scans the same corpus. */
function rng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const WORDS = "the customer asked about delivery refund order account balance tariff upgrade please thanks agent queue transfer callback hello yes no".split(" ");
const PII = ["4111 1111 1111 1111", "jane.doe@example-retail.eu", "+44 20 7946 0958", "DE89 3704 0044 0532 0130 00", "order 123456789", "DOB 12/03/1984", "203.0.113.7"];

function sentence(random: () => number): string {
  const words = Array.from({ length: 8 + Math.floor(random() * 12) }, () => WORDS[Math.floor(random() * WORDS.length)]!);
  if (random() < 0.15) words.splice(Math.floor(random() * words.length), 0, PII[Math.floor(random() * PII.length)]!);
  return words.join(" ");
}

function corpus(megabytes: number): string[] {
  const random = rng(42);
  const documents: string[] = [];
  let bytes = 0;
  while (bytes < megabytes * 1024 * 1024) {
    const document =
      random() < 0.5
        ? JSON.stringify({ id: Math.floor(random() * 1e9), customer: { name: "Customer", notes: sentence(random) }, items: [{ sku: "A-1", text: sentence(random) }] })
        : Array.from({ length: 6 }, (_, i) => `${i % 2 ? "Agent" : "Customer"}: ${sentence(random)}`).join("\n");
    documents.push(document);
    bytes += Buffer.byteLength(document);
  }
  return documents;
}

const SINGLE_REGEX = /(?:\d[ -]?){12,18}\d|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+|\+\d[\d ]{7,16}\d/g;

function time(run: () => number): { seconds: number; found: number } {
  const start = process.hrtime.bigint();
  const found = run();
  return { seconds: Number(process.hrtime.bigint() - start) / 1e9, found };
}

// Warm up both sides first, so the JIT has compiled them before anything is measured.
for (const doc of corpus(8)) {
  scanSample({ target: "bench", source: "bench", content: doc });
  [...doc.matchAll(SINGLE_REGEX)];
}

const rows: Array<{ mb: number; scanner: number; regex: number }> = [];
for (const mb of SIZES_MB) {
  const documents = corpus(mb);
  const bytes = documents.reduce((sum, doc) => sum + Buffer.byteLength(doc), 0) / (1024 * 1024);
  const scanner = time(() => documents.reduce((sum, doc) => { const r = scanSample({ target: "bench", source: "bench", content: doc }); return sum + (r.ok ? r.detections.length : 0); }, 0));
  const regex = time(() => documents.reduce((sum, doc) => sum + [...doc.matchAll(SINGLE_REGEX)].length, 0));
  rows.push({ mb, scanner: scanner.seconds, regex: regex.seconds });
  console.log(
    `${String(mb).padStart(4)} MB  scanner ${(bytes / scanner.seconds).toFixed(1).padStart(7)} MB/s (${scanner.found} detections)  single regex ${(bytes / regex.seconds).toFixed(1).padStart(7)} MB/s (${regex.found} matches)  ratio ${(regex.seconds / scanner.seconds).toFixed(2)} of regex throughput`,
  );
}
for (let i = 1; i < rows.length; i++) {
  const growth = rows[i]!.scanner / rows[i - 1]!.scanner;
  const sizeGrowth = rows[i]!.mb / rows[i - 1]!.mb;
  console.log(`growth ${rows[i - 1]!.mb} → ${rows[i]!.mb} MB: time × ${growth.toFixed(1)} for size × ${sizeGrowth} (linear would be × ${sizeGrowth})`);
}
console.log("target: scanner throughput at least 0.5 of the single-regex pass; time growing linearly with size");
