// The open-data exports of the built site: the HSDS 3.0 JSON validates against the official
// Open Referral schemas kept in tests/hsds/schema/, ids are unique, every listed window is
// exported, and the CSV has one row per seed-table row with its 運営方法.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import Ajv from "ajv";
import addFormats from "ajv-formats";
import { distRoot, projectRoot } from "./harness.mjs";

const schemaDir = join(projectRoot, "tests/hsds/schema");
const services = JSON.parse(readFileSync(join(distRoot, "data/windows.hsds.json"), "utf8"));
const directoryHtml = readFileSync(join(distRoot, "windows/index.html"), "utf8");

test("every exported service validates against the official HSDS 3.0 service schema", () => {
  // The HSDS files carry Frictionless keywords (constraints, core, example …) next to JSON
  // Schema, so unknown keywords are allowed; formats (uri, email) are checked.
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  for (const file of readdirSync(schemaDir).filter((name) => name.endsWith(".json"))) {
    ajv.addSchema(JSON.parse(readFileSync(join(schemaDir, file), "utf8")), file);
  }
  const validate = ajv.getSchema("service.json");
  assert.ok(Array.isArray(services) && services.length > 0);
  for (const service of services) {
    const valid = validate(service);
    assert.ok(valid, `${service.id}: ${ajv.errorsText(validate.errors)}`);
  }
});

test("the schema check would catch a broken service", () => {
  const ajv = new Ajv({ strict: false });
  addFormats(ajv);
  for (const file of readdirSync(schemaDir).filter((name) => name.endsWith(".json"))) {
    ajv.addSchema(JSON.parse(readFileSync(join(schemaDir, file), "utf8")), file);
  }
  const validate = ajv.getSchema("service.json");
  const broken = { ...services[0], status: "open", phones: [{ id: "x" }] };
  delete broken.name;
  assert.equal(validate(broken), false);
  const messages = validate.errors.map((error) => `${error.instancePath} ${error.message}`).join("\n");
  assert.match(messages, /name/);
});

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

test("ids are version-5 UUIDs, one per object, and every window in the directory is exported", () => {
  // Every object with an id, anywhere in the export: the same id must always carry the same object.
  const byId = new Map();
  const visit = (value) => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (value && typeof value === "object") {
      if (typeof value.id === "string") {
        assert.match(value.id, UUID, `HSDS ids are UUIDs: ${value.id}`);
        const seen = byId.get(value.id);
        if (seen) assert.deepEqual(value, seen, `the id ${value.id} names two different objects`);
        byId.set(value.id, value);
      }
      Object.values(value).forEach(visit);
    }
  };
  visit(services);
  assert.equal(new Set(services.map((s) => s.id)).size, services.length, "each service has its own id");
  const listed = [...directoryHtml.matchAll(/<li class="window-card" data-city="([a-z-]+)"[^>]*>\s*<h3 class="window-card__name"><a href="\/cities\/[a-z-]+\/windows\/([a-z0-9-]+)\/">/g)]
    .map((m) => `${m[1]}/window/${m[2]}`);
  assert.ok(listed.length > 50, `the directory lists the windows (${listed.length})`);
  assert.deepEqual(services.map((s) => s.alternate_name).sort(), [...listed].sort());
  assert.ok(services.every((s) => s.organization?.name && s.program?.name), "each service names its organisation and programme");
  const programmes = services.flatMap((s) => s.attributes.filter((a) => a.taxonomy_term.taxonomy.name === "重層的支援体制整備事業の事業"));
  assert.ok(programmes.length >= services.length, "every programme a window takes part in is an attribute");
});

/** RFC 4180: quoted fields may hold commas, quotes ("") and line breaks. */
function parseCsv(text) {
  const rows = [];
  let row = [], field = "", quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") { row.push(field); field = ""; }
    else if (c === "\n") { row.push(field); rows.push(row); row = []; field = ""; }
    else if (c !== "\r") field += c;
  }
  if (field || row.length) { row.push(field); rows.push(row); }
  return rows;
}

test("the CSV opens in spreadsheets and has one row per seed-table row", () => {
  const text = readFileSync(join(distRoot, "data/windows.csv"), "utf8");
  assert.equal(text.charCodeAt(0), 0xfeff, "a byte-order mark so Excel reads UTF-8");
  const [header, ...rows] = parseCsv(text.slice(1));
  assert.deepEqual(header.slice(0, 5), ["市ID", "市", "窓口ID", "HSDS ID", "窓口名"]);
  assert.ok(rows.every((row) => row.length === header.length), "every row has every column");
  const seedRows = readdirSync(join(projectRoot, "tests/seed_tables"))
    .flatMap((file) => readFileSync(join(projectRoot, "tests/seed_tables", file), "utf8").split("\n").slice(1).filter((line) => line.trim())
      .map((line) => [file.replace(".tsv", ""), ...line.split("\t")]));
  assert.equal(rows.length, seedRows.length);
  const at = (name) => header.indexOf(name);
  for (const [city, id, programme, name, count, operation] of seedRows) {
    const found = rows.find((row) => row[at("市ID")] === city && row[at("窓口ID")] === id && row[at("事業（第N号）")] === programme && row[at("か所数")] === count && row[at("運営方法")] === operation);
    assert.ok(found, `${city}/${id} 第${programme}号 ${count} ${operation} is in the CSV`);
    assert.equal(found[at("窓口名")], name);
  }
});

test("a planned window is exported as inactive with an alert and marked 設置予定 in the directory", () => {
  const planned = services.filter((service) => service.status === "inactive");
  assert.ok(planned.length >= 1, "the sample has planned windows (伊豆市 基幹相談支援センター)");
  for (const service of planned) {
    assert.match(service.alert, /設置予定/, `${service.alternate_name} says it is planned`);
    const [city, , id] = service.alternate_name.split("/");
    const card = new RegExp(`href="/cities/${city}/windows/${id}/">[^<]+</a><span class="badge">設置予定</span>`);
    assert.match(directoryHtml, card, `${service.alternate_name} carries the 設置予定 badge`);
  }
  assert.ok(services.filter((service) => service.status === "active").every((service) => !service.alert));
});
