// The answers the build worked out in advance (bundler/answers.py): the checker's own output for
// the inputs readers type most, which the page shows while the checker loads. A lookup only,
// never a rule: an input the table lacks gets null, and waits for the checker.
// One file per language and region; its answers are stored as the indices of their members in
// "parts", joined back here byte for byte as CPython wrote them.
// A classic script, deferred: widget.js uses CheckerAnswers once the page has been parsed.

"use strict";

const CheckerAnswers = (() => {
  const tables = new Map();  // URL -> the promise of its table (null if it could not be had)

  // The table for one language and region, fetched once per page; a failure is no answer.
  function table(config, lang, where) {
    const url = `${config.answers.baseURL}${encodeURIComponent(lang)}/${encodeURIComponent(where)}.json`;
    if (!tables.has(url)) {
      // High priority: on a slow link it shares the line with the runtime's 5 MB.
      const found = fetch(url, { priority: "high" }).then((response) => (response.ok ? response.json() : null));
      tables.set(url, found.catch(() => null));
    }
    return tables.get(url);
  }

  // The stored answer (a JSON string, as result_json gave it) for a query as the widget sends
  // it to the checker, or null. Only inputs with no text were worked out.
  async function lookup(config, { number, channel, text, lang, where }) {
    if (text) return null;
    const found = await table(config, lang, where);
    const rows = found?.[channel];
    // Own keys only: a number typed as "constructor" is no row.
    if (!rows || !Object.hasOwn(rows, number) || !Array.isArray(rows[number])) return null;
    return "{" + rows[number].map((index) => found.parts[index]).join(", ") + "}";
  }

  return { table, lookup };
})();
