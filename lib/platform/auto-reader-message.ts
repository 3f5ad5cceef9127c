/** Sent by the auto-reader content script (entrypoints/auto-reader-ping.ts) when a page of a listed site has loaded. */
export const AUTO_READER_LOADED = 'lede:auto-reader-loaded';
