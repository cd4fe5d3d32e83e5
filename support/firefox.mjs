// Debian's Firefox ESR under Puppeteer, over WebDriver BiDi, for support/engines.py: one JSON
// request a line on stdin, one JSON answer a line on stdout ({value} or {error}).
//   {op: "open"}                      a new, empty browser context with one page
//   {op: "goto", url}                 load a page and wait for its load event
//   {op: "js", expression}            the expression's value (awaited), as JSON
//   {op: "wait", expression, timeout} until the expression is truthy
//   {op: "close"}                     the context and all it stored
import { createInterface } from "node:readline";
import puppeteer from "puppeteer-core";

const FIREFOX = "/usr/bin/firefox-esr";
const browser = await puppeteer.launch({ browser: "firefox", executablePath: FIREFOX, headless: true });
let context = null;
let page = null;

const ops = {
  async open() {
    context = await browser.createBrowserContext();
    page = await context.newPage();
  },
  goto: ({ url }) => page.goto(url, { waitUntil: "load" }).then(() => null),
  // A function's body, so that an expression needs no escaping on its way in.
  js: ({ expression }) => page.evaluate(`(async () => (${expression}))()`),
  wait: ({ expression, timeout }) => page.waitForFunction(expression, { timeout, polling: 100 }).then(() => null),
  async close() {
    await context?.close();
    context = page = null;
  },
};

for await (const line of createInterface({ input: process.stdin })) {
  const { op, ...args } = JSON.parse(line);
  let answer;
  try {
    answer = { value: (await ops[op](args)) ?? null };
  } catch (error) {
    answer = { error: String(error?.message ?? error) };
  }
  process.stdout.write(JSON.stringify(answer) + "\n");
}
await browser.close();
