// What a Node user can do with Plain's webhook schema, timed on the same
// bodies as the Rust benches (issue 6): JSON.parse + an Ajv validator
// compiled once from the raw schema, with and without the HMAC check, and
// Plain's official SDK (`verifyPlainWebhook`, which builds a new Ajv and
// compiles the schema on every call). Prints Markdown.
//
//   bash scripts/node-bench.sh      (installs, then runs this file)
//   node bench.mjs FILE...          (any bodies: one tab-separated line each,
//                                    for scripts/time-bodies.sh)
import { readFileSync } from "node:fs";
import { createHmac, timingSafeEqual } from "node:crypto";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Ajv from "ajv";
import addFormats from "ajv-formats";
import sdk from "@team-plain/typescript-sdk";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "../..");
const schemaPath = process.env.PLAIN_SCHEMA ?? path.join(root, "schemas/plain/latest.json");
const schema = JSON.parse(readFileSync(schemaPath, "utf8"));
// The small body predates webhook versions: relax the version the way
// VersionPolicy::Any does on the Rust side (any version, or none), and
// nothing else.
const relaxed = structuredClone(schema);
relaxed.definitions.webhookMetadata.required =
  relaxed.definitions.webhookMetadata.required.filter((k) => k !== "webhookTargetVersion");
delete relaxed.definitions.webhookMetadata.properties.webhookTargetVersion?.const;

const SECRET = "whsec_bench_0123456789abcdef"; // as plain_webhooks_benches::SECRET
const sign = (bytes) => createHmac("sha256", SECRET).update(bytes).digest("hex");

const bodies = [
  {
    name: "small",
    bytes: readFileSync(path.join(root, "schemas/plain/examples/customer-updated.unversioned.json")),
    schema: relaxed,
  },
  {
    name: "large",
    bytes: readFileSync(path.join(root, "benches/data/thread-email-received.json")),
    schema,
  },
];

// Same options as Plain's SDK.
function compile(s) {
  const ajv = new Ajv({ unicodeRegExp: false });
  addFormats(ajv);
  return ajv.compile(s);
}

function verify(bytes, signatureHex) {
  const expected = createHmac("sha256", SECRET).update(bytes).digest();
  const given = Buffer.from(signatureHex, "hex");
  return given.length === expected.length && timingSafeEqual(given, expected);
}

function parseValidate(validate, bytes) {
  const value = JSON.parse(bytes.toString("utf8"));
  if (!validate(value)) {
    throw new Error(`Ajv rejected the body: ${JSON.stringify(validate.errors)}`);
  }
  return value;
}

const noop = () => {};
const handlers = { "customer.customer_updated": noop, "thread.email_received": noop };

function handle(validate, bytes, signatureHex) {
  if (!verify(bytes, signatureHex)) throw new Error("signature mismatch");
  const value = parseValidate(validate, bytes);
  (handlers[value.type] ?? noop)(value);
}

// Median time per call in ns, over batches of about 10 ms after a warm-up.
function time(fn, ms = 3000) {
  let n = 0;
  const warm = performance.now() + 500;
  while (performance.now() < warm) {
    fn();
    n++;
  }
  const batch = Math.max(1, Math.round(n / 50));
  const samples = [];
  const end = performance.now() + ms;
  while (performance.now() < end) {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < batch; i++) fn();
    samples.push(Number(process.hrtime.bigint() - t0) / batch);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)];
}

const fmt = (ns) => (ns >= 1e6 ? `${(ns / 1e6).toFixed(1)} ms` : `${(ns / 1e3).toFixed(2)} µs`);
const mbps = (bytes, ns) => {
  const v = (bytes.length / ns) * 1e3;
  return v >= 10 ? v.toFixed(0) : v.toPrecision(2);
};

const files = process.argv.slice(2);
if (files.length > 0) {
  timeFiles(files);
  process.exit(0);
}

console.log(`- node ${process.version}, ajv ${readVersion("ajv")}, ajv-formats ${readVersion("ajv-formats")}, @team-plain/typescript-sdk ${readVersion("@team-plain/typescript-sdk")}`);
console.log(`- schema: ${path.relative(root, schemaPath)}`);
console.log("");
console.log("| Node | small | MB/s | large | MB/s |");
console.log("|---|---|---|---|---|");
const rows = { parse: [], handle: [], sdk: [] };
const sdkNotes = [];
for (const body of bodies) {
  const validate = compile(body.schema);
  const sig = sign(body.bytes);
  handle(validate, body.bytes, sig); // fails loudly if the body is not valid
  const p = time(() => parseValidate(validate, body.bytes));
  const h = time(() => handle(validate, body.bytes, sig));
  rows.parse.push(fmt(p), mbps(body.bytes, p));
  rows.handle.push(fmt(h), mbps(body.bytes, h));

  const { error, median: s } = timeSdk(body.bytes, 12);
  sdkNotes.push(`${body.name}: ${error ? `rejected (${error.message.slice(0, 120)})` : "accepted"}`);
  rows.sdk.push(fmt(s), mbps(body.bytes, s));
}
console.log(`| JSON.parse + precompiled Ajv | ${rows.parse.join(" | ")} |`);
console.log(`| HMAC check + JSON.parse + precompiled Ajv + dispatch | ${rows.handle.join(" | ")} |`);
console.log(`| SDK \`verifyPlainWebhook\` (median of 12 calls) | ${rows.sdk.join(" | ")} |`);
console.log("");
console.log(`- SDK on the bodies, version set to its vendored \`${sdkVersion()}\`: ${sdkNotes.join("; ")}`);

// For each file: path, JSON.parse + Ajv, HMAC + JSON.parse + Ajv + dispatch
// and the SDK, in ns per call, then what the SDK said. Ajv gets the schema
// as is when it accepts the body, else the version relaxed (as the Rust side
// falls back to VersionPolicy::Any).
function timeFiles(files) {
  const strict = compile(schema);
  const loose = compile(relaxed);
  for (const file of files) {
    const bytes = readFileSync(file);
    const value = JSON.parse(bytes.toString("utf8"));
    const validate = strict(value) ? strict : loose;
    const sig = sign(bytes);
    try {
      handle(validate, bytes, sig);
    } catch (e) {
      console.log([file, "-", "-", "-", String(e.message).slice(0, 200)].join("\t"));
      continue;
    }
    const p = time(() => parseValidate(validate, bytes), 2000);
    const h = time(() => handle(validate, bytes, sig), 2000);
    const { error, median } = timeSdk(bytes, 5);
    const note = error ? `SDK rejected: ${error.message.slice(0, 120)}` : "SDK accepted";
    console.log([file, p.toFixed(0), h.toFixed(0), median.toFixed(0), note].join("\t"));
  }
}

// The SDK pins its own vendored schema version: give the body that version
// so the SDK accepts it, and time it on a few calls (each recompiles). The
// first call's error, if any, and the median of `n` calls in ns.
function timeSdk(bytes, n) {
  const sdkBody = withVersion(bytes.toString("utf8"), sdkVersion());
  const sdkSig = sign(Buffer.from(sdkBody, "utf8"));
  const { error } = sdk.verifyPlainWebhook(sdkBody, sdkSig, SECRET, Number.MAX_SAFE_INTEGER);
  const calls = [];
  for (let i = 0; i < n; i++) {
    const t0 = process.hrtime.bigint();
    sdk.verifyPlainWebhook(sdkBody, sdkSig, SECRET, Number.MAX_SAFE_INTEGER);
    calls.push(Number(process.hrtime.bigint() - t0));
  }
  calls.sort((a, b) => a - b);
  return { error, median: calls[Math.floor(calls.length / 2)] };
}

function readVersion(pkg) {
  return JSON.parse(readFileSync(path.join(here, "node_modules", pkg, "package.json"), "utf8")).version;
}

// The webhookTargetVersion const of the schema that SDK 5.12.1 vendors.
function sdkVersion() {
  return "2026-02-27";
}

function withVersion(text, version) {
  const value = JSON.parse(text);
  value.webhookMetadata.webhookTargetVersion = version;
  return JSON.stringify(value, null, 2) + "\n";
}
