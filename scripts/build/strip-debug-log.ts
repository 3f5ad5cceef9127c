/**
 * Readability's debug logging, taken out of the script injected into the tab. Readability calls
 * `this.log(...)` two dozen times; with `debug` off (Lede never turns it on) the method does
 * nothing, but the calls and their messages still ship (~1.1 KB of the 64 KB budget), and some
 * arguments are still computed: `this.log("Grabbed: " + articleContent.innerHTML)` serialises the
 * whole story once more on every page. Each call expression becomes `void 0` (the statement
 * around it stays, so `if (x) this.log(...);` keeps its shape), which the minifier then drops.
 * The benchmarks and unit tests run the package as published; only the build differs, by exactly
 * these calls.
 */

/** Where the call's closing parenthesis is, given the index of its opening one (strings skipped). */
function closingParen(code: string, open: number): number {
  let depth = 0;
  for (let i = open; i < code.length; i++) {
    const c = code[i];
    if (c === '"' || c === "'" || c === '`') {
      // To the same quote, past escapes. (Readability's log messages have no template expressions.)
      for (i++; i < code.length && code[i] !== c; i++) if (code[i] === '\\') i++;
    } else if (c === '(') {
      depth++;
    } else if (c === ')' && --depth === 0) {
      return i;
    }
  }
  return -1;
}

export function stripDebugLogCalls(code: string, callee = 'this.log('): { code: string; removed: number } {
  let out = '';
  let from = 0;
  let removed = 0;
  for (let at = code.indexOf(callee); at >= 0; at = code.indexOf(callee, from)) {
    const close = closingParen(code, at + callee.length - 1);
    if (close < 0) break;
    out += `${code.slice(from, at)}void 0`;
    from = close + 1;
    removed++;
  }
  return { code: out + code.slice(from), removed };
}

/** The Vite plugin: applies to @mozilla/readability's Readability.js only. */
export function readabilityWithoutDebugLog() {
  return {
    name: 'lede:readability-without-debug-log',
    transform(code: string, id: string) {
      if (!/@mozilla[\\/]readability[\\/]Readability\.js$/.test(id)) return null;
      const { code: stripped, removed } = stripDebugLogCalls(code);
      // A Readability release that renamed its logger would ship the calls again: say so in the build.
      if (removed === 0) console.warn('lede: found no this.log( calls to strip in Readability.js');
      return { code: stripped, map: null };
    },
  };
}
