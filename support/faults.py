"""What a reader's browser may lack or get wrong, for the browser tests to give it: scripts that
take a feature away (run first in every page, by Playwright's init script or SiteServer's
``inject``), and a page whose checker waits less than a reader's would."""

from __future__ import annotations

import json
import re

NO_WEBASSEMBLY = "delete globalThis.WebAssembly;"
# Engines before module workers throw on {type: "module"}.
NO_MODULE_WORKERS = """{
  const Native = Worker;
  globalThis.Worker = class extends Native {
    constructor(url, options) {
      if (options?.type === "module") throw new TypeError("Module scripts are not supported by DedicatedWorker yet");
      super(url, options);
    }
  };
}"""
# Safari before 16.4, whose RegExp has no lookbehind (nor can it parse widget.js).
NO_LOOKBEHIND = """{
  const Native = RegExp;
  globalThis.RegExp = new Proxy(Native, {
    construct(target, args) {
      if (String(args[0]).includes("(?<=")) throw new SyntaxError("Invalid regular expression: invalid group specifier name");
      return Reflect.construct(target, args);
    },
  });
}"""
NO_SERVICE_WORKER = "delete Navigator.prototype.serviceWorker;"
# Blocked site data: even reading either storage throws, as it does in every engine.
NO_STORAGE = """
for (const name of ["localStorage", "sessionStorage"]) {
  Object.defineProperty(window, name, { get() { throw new DOMException("denied", "SecurityError"); } });
}"""
# No Cache Storage in the page, nor in the checker's worker: the Worker the page makes is a module
# that takes it away once worker.js is loaded, before anything runs. (A blob: module of worker.js's
# own URL, as client.js makes it, since the pages' policy lets a worker import no blob: URL.)
NO_CACHE_STORAGE = """{
  Object.defineProperty(window, "caches", { value: undefined });
  const Native = Worker;
  globalThis.Worker = class extends Native {
    constructor(url, options) {
      // features.js's probe, before client.js exists, is no checker: it runs as it is.
      if (typeof CheckerClient === "undefined") return super(url, options);
      const without = `import ${JSON.stringify(CheckerClient.readConfig().workerURL)};
Object.defineProperty(self, "caches", { value: undefined });`;
      super(URL.createObjectURL(new Blob([without], { type: "text/javascript" })), options);
    }
  };
}"""

GARBAGE_WASM = b"\x00asm garbage, not WebAssembly" * 1000

# The page's checker configuration, as the build wrote it into the head.
CONFIG = re.compile(r'(<script id="checker-config" type="application/json">)(.*?)(</script>)', re.DOTALL)


def with_timeouts(html: str, **timeouts: int) -> str:
    """The page with its configuration's timeouts changed, so that a test need not wait as long
    as a reader would."""

    def changed(match):
        config = json.loads(match.group(2))
        assert set(timeouts) <= set(config["timeouts"]), timeouts
        config["timeouts"].update(timeouts)
        return match.group(1) + json.dumps(config).replace("<", "\\u003c") + match.group(3)

    return CONFIG.sub(changed, html, count=1)
