/**
 * The Readability class alone. `@mozilla/readability`'s index is CommonJS and also requires
 * `isProbablyReaderable`, which bundlers then keep in the injected script (~1 KB of its 64 KB
 * budget) though the engine never calls it; the file itself exports the class as `module.exports`.
 */
declare module '@mozilla/readability/Readability.js' {
  import { Readability } from '@mozilla/readability';
  export default Readability;
}
