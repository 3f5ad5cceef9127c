import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { stripDebugLogCalls } from '../../scripts/build/strip-debug-log';

describe('Readability without its debug logging (build only)', () => {
  it('turns each call into void 0, whatever its arguments hold, and leaves the statements around it', () => {
    const code = [
      'if (x) this.log("a (b", node, f(g(1)), \'c)\');',
      'this.log(`t)`);',
      'this.log = function () {};',
      'y(this.logger);',
    ].join('\n');
    expect(stripDebugLogCalls(code)).toEqual({
      code: ['if (x) void 0;', 'void 0;', 'this.log = function () {};', 'y(this.logger);'].join('\n'),
      removed: 2,
    });
  });

  it('removes every call in the Readability that ships, and the result still parses', () => {
    const path = createRequire(import.meta.url).resolve('@mozilla/readability/Readability.js');
    const source = readFileSync(path, 'utf8');
    const { code, removed } = stripDebugLogCalls(source);
    expect(removed).toBeGreaterThan(20);
    expect(code).not.toContain('this.log(');
    expect(code).toContain('this.log = function');
    // Parses as a script (a syntax error throws here).
    expect(() => new Function('module', code)).not.toThrow();
  });
});
