// Validates every object of a kustomize folder (deploy/k8s) against the Kubernetes OpenAPI schemas, with the
// validators kubernetes-models generates from them (types, required fields, enums, formats).
//   node validate.mjs <folder>
// Prints one JSON line per object ({file, apiVersion, kind, name, namespace}); problems go to stderr, exit 1.
// Also refuses: a field the Kubernetes type does not have (the schemas allow any extra field, the API server's
// strict field validation does not: `readinesProbe` would be dropped silently), a YAML error, a manifest of the
// folder the kustomization does not list, a listed file that is missing, an object kind the models do not know,
// and two objects of the same kind and name.
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseAllDocuments } from "yaml";

const folder = process.argv[2];
if (!folder) {
  console.error("usage: node validate.mjs <folder with kustomization.yaml>");
  process.exit(2);
}
const problems = [];

function load(file) {
  const docs = parseAllDocuments(readFileSync(join(folder, file), "utf8"));
  const out = [];
  for (const doc of docs) {
    for (const e of doc.errors) problems.push(`${file}: ${e.message}`);
    const value = doc.toJS();
    if (value != null) out.push(value);
  }
  return out;
}

/** "apps/v1" + "Deployment" → the model class (core group "v1" → kubernetes-models/v1/…). */
async function modelOf(apiVersion, kind) {
  try {
    const module = await import(`kubernetes-models/${apiVersion}/${kind}`);
    return module[kind];
  } catch {
    return undefined;
  }
}

/**
 * The fields of a Kubernetes type, read from the declaration the models generate next to each class
 * ({@code "name"?: Type;} lines of its interface): field → declaration file of its object type, or null for a
 * scalar, a map or a union (not walked).
 */
const declarations = new Map();
function fieldsOf(dts) {
  if (declarations.has(dts)) return declarations.get(dts);
  const text = readFileSync(dts, "utf8");
  const imports = new Map();
  for (const m of text.matchAll(/import \{ (I\w+) \} from "([^"]+)";/g)) imports.set(m[1], m[2]);
  const body = text.match(/export interface \w+(?: extends [\w, ]+)? \{\n([\s\S]*?)\n\}/);
  let fields = null;
  if (body) {
    fields = new Map();
    for (const m of body[1].matchAll(/^ {4}"([^"]+)"\??: (?:Array<(I\w+)>|(I\w+));?$|^ {4}"([^"]+)"\??:/gm)) {
      const name = m[1] ?? m[4];
      const type = m[2] ?? m[3];
      fields.set(name, type && imports.has(type) ? declarationOf(imports.get(type), dts) : null);
    }
  }
  declarations.set(dts, fields);
  return fields;
}

function declarationOf(specifier, from) {
  const js = specifier.startsWith(".")
    ? join(dirname(from), specifier)
    : fileURLToPath(import.meta.resolve(specifier));
  return js.replace(/\.js$/, "") + ".d.ts";
}

function unknownFields(value, dts, path, out) {
  const fields = dts && existsSync(dts) ? fieldsOf(dts) : null;
  if (!fields || value === null || typeof value !== "object") return;
  for (const item of Array.isArray(value) ? value : [value]) {
    if (item === null || typeof item !== "object") continue;
    for (const [key, v] of Object.entries(item)) {
      if (!fields.has(key)) out.push(`${path}.${key}: no such field`);
      else unknownFields(v, fields.get(key), `${path}.${key}`, out);
    }
  }
}

const [kustomization] = load("kustomization.yaml");
if (!kustomization || kustomization.kind !== "Kustomization") {
  problems.push("kustomization.yaml: not a Kustomization");
}
const listed = kustomization?.resources ?? [];
const manifests = readdirSync(folder).filter((f) => /\.ya?ml$/.test(f) && !/^kustomization\.ya?ml$/.test(f));
for (const f of manifests) if (!listed.includes(f)) problems.push(`${f}: not listed in kustomization.yaml resources`);
const seen = new Set();
for (const file of listed) {
  if (!existsSync(join(folder, file))) {
    problems.push(`kustomization.yaml: resource ${file} does not exist`);
    continue;
  }
  for (const object of load(file)) {
    const { apiVersion, kind } = object;
    const name = object.metadata?.name;
    const Model = apiVersion && kind ? await modelOf(apiVersion, kind) : undefined;
    if (!Model) {
      problems.push(`${file}: ${apiVersion}/${kind} is not a Kubernetes kind the schemas know`);
      continue;
    }
    try {
      new Model(object).validate();
    } catch (e) {
      problems.push(`${file}: ${kind} ${name}: ${e.message}`);
    }
    const unknown = [];
    unknownFields(object, declarationOf(`kubernetes-models/${apiVersion}/${kind}`, folder), kind, unknown);
    for (const u of unknown) problems.push(`${file}: ${name}: ${u}`);
    const key = `${kind}/${object.metadata?.namespace ?? kustomization.namespace ?? ""}/${name}`;
    if (seen.has(key)) problems.push(`${file}: ${key} defined twice`);
    seen.add(key);
    console.log(JSON.stringify({ file, apiVersion, kind, name, namespace: object.metadata?.namespace ?? null }));
  }
}
for (const p of problems) console.error(p);
process.exit(problems.length ? 1 : 0);
