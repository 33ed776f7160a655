#!/usr/bin/env node
'use strict';
/*
 * Offline Cypher grammar check, using Neo4j's own parser and semantic analysis
 * (@neo4j-cypher/language-support, pinned in package.json).
 *
 * stdin:  {"files": ["/abs/path.cypher", ...],
 *          "schema": {"labels": [...], "relationshipTypes": [...], "propertyKeys": [...]}}
 *         ("schema" is optional; any other DbSchema key in it, e.g. "defaultLanguage", is passed on)
 * stdout: {"results": [{"file": ..., "diagnostics": [
 *            {"severity": 1|2, "message": ..., "line": <1-based>, "column": <1-based>}]}]}
 *
 * Every $parameter used in a file is declared in the schema's "parameters" map before that file
 * is linted, so the library's "Parameter $x is not defined." errors never appear: the files are
 * run through the driver, which always passes parameters in.
 *
 * Console commands (":param x => 1", ":use db") are switched off: the driver cannot run them, so
 * an uncommented one is reported as a syntax error. "// :param ..." comment lines are fine.
 *
 * Exit status: 0 when every file was linted (whatever the diagnostics), 2 on a bad request.
 */

const fs = require('node:fs');
const { lintCypherQuery, parseParameters } = require('@neo4j-cypher/language-support');

const LINT_OPTIONS = { consoleCommandsEnabled: false };

function readStdin() {
  return fs.readFileSync(0, 'utf8');
}

function fail(message) {
  process.stderr.write(`cypher-lint: ${message}\n`);
  process.exit(2);
}

/** Maps the library's SyntaxDiagnostic (LSP Diagnostic: 0-based range + offsets) to ours. */
function toDiagnostic(d) {
  return {
    severity: d.severity,
    message: d.message,
    line: d.range.start.line + 1,
    column: d.range.start.character + 1,
  };
}

function lintText(text, baseSchema) {
  const declared = {};
  for (const name of parseParameters(text, LINT_OPTIONS.consoleCommandsEnabled)) {
    // Only presence is checked (dbSchema.parameters[name] !== undefined); the value is unused.
    declared[name] = null;
  }
  const dbSchema = {
    ...baseSchema,
    parameters: { ...declared, ...(baseSchema.parameters || {}) },
  };
  const { diagnostics } = lintCypherQuery(text, dbSchema, LINT_OPTIONS);
  return diagnostics.map(toDiagnostic);
}

function lintFile(file, baseSchema) {
  let text;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    return [{ severity: 1, message: `cannot read file: ${err.message}`, line: 1, column: 1 }];
  }
  try {
    return lintText(text, baseSchema);
  } catch (err) {
    return [
      {
        severity: 1,
        message: `cypher-lint crashed on this file: ${err && err.stack ? err.stack : err}`,
        line: 1,
        column: 1,
      },
    ];
  }
}

function main() {
  let request;
  try {
    request = JSON.parse(readStdin());
  } catch (err) {
    fail(`stdin is not a JSON request: ${err.message}`);
  }
  if (!request || !Array.isArray(request.files)) {
    fail('request must be an object with a "files" array');
  }
  const schema = request.schema == null ? {} : request.schema;
  if (typeof schema !== 'object' || Array.isArray(schema)) {
    fail('"schema" must be an object when given');
  }
  const results = request.files.map((file) => ({
    file,
    diagnostics: lintFile(String(file), schema),
  }));
  process.stdout.write(JSON.stringify({ results }) + '\n');
}

main();
