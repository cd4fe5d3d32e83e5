// Every stored answer (bundler/answers.py) against real Pyodide under Node, from the files the
// site ships: answers.js itself, run as the page runs it and fetching from the site's server,
// looks up each row of each file, and the checker started the way the browser starts it
// (boot.mjs) must give the very same string.
// Usage: node answers.mjs RUNTIME.json SITE_URL ANSWERS.js
//   RUNTIME: the site's runtime as support/node.mjs reads it, and
//     answers: {baseURL, channels: [names], files: [[lang, where]…]}
// Prints {rows, mismatches: [[lang, where, channel, number]…]}.
import { readFileSync } from "node:fs";
import vm from "node:vm";

import { importLoadPyodide, readRuntime } from "../../support/node.mjs";

const [runtimeFile, siteURL, answersFile] = process.argv.slice(2);
const { startChecker, options, own: { answers } } = await readRuntime(runtimeFile);
const { CheckerAnswers } = vm.runInNewContext(`${readFileSync(answersFile, "utf-8")}\n({ CheckerAnswers });`, { fetch });
const config = { answers: { baseURL: new URL(answers.baseURL, siteURL).href } };

const checker = await startChecker(await importLoadPyodide(options.indexURL), options);
let rows = 0;
const mismatches = [];
for (const [lang, where] of answers.files) {
  const table = await CheckerAnswers.table(config, lang, where);
  if (!table) throw new Error(`no table for ${lang}/${where}`);
  for (const channel of answers.channels) {
    for (const number of Object.keys(table[channel])) {
      const stored = await CheckerAnswers.lookup(config, { number, channel, text: "", lang, where });
      rows += 1;
      if (stored !== checker.resultJson(number, channel, undefined, lang, where)) mismatches.push([lang, where, channel, number]);
    }
  }
}
process.stdout.write(JSON.stringify({ rows, mismatches }));
