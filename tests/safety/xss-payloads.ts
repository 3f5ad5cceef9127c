/**
 * Hostile markup a page can carry, placed inside a real story by hostile-story.ts. Each payload, if
 * it ran anywhere, would set the sentinel global `__ledePwned` and open a dialog: the unit tests check
 * the sanitised HTML can't carry it, the e2e test checks the reader never ran it.
 *
 * Sources: the OWASP XSS filter evasion cheat sheet, the DOMPurify test suite and its published
 * bypasses (noscript/template, SVG/MathML namespace confusion), and HTML parser quirks.
 */

/** What every payload runs: the sentinel, then a dialog. No quotes or spaces, so it fits anywhere. */
export const PWN = 'window.__ledePwned=1,alert(1)';
export const SENTINEL = '__ledePwned';

const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const SCRIPT_HTML = `<script>${PWN}</script>`;
const SVG_ONLOAD = `<svg xmlns="http://www.w3.org/2000/svg" onload="${PWN}"/>`;

export type PayloadKind = 'script' | 'handler' | 'url' | 'svg' | 'mathml' | 'parser' | 'embed' | 'style' | 'clobber';

export interface Payload {
  id: string;
  kind: PayloadKind;
  html: string;
  /**
   * Left unclosed on purpose (as published): the parser nests the rest of the page inside it, in a
   * browser as here, so the story after it is lost — harmlessly. Only the text before it is required.
   */
  swallowsRest?: boolean;
}

export const XSS_PAYLOADS: Payload[] = [
  // <script> in its forms
  { id: 'script-inline', kind: 'script', html: SCRIPT_HTML },
  { id: 'script-src', kind: 'script', html: '<script src="http://127.0.0.1:9/pwn.js"></script>' },
  { id: 'script-mixed-case', kind: 'script', html: `<ScRiPt>${PWN}</sCrIpT>` },
  { id: 'script-in-paragraph', kind: 'script', html: `<span>Breaking:<script>${PWN}</script> update</span>` },
  { id: 'script-split-tag', kind: 'script', html: `<scr<script>ipt>${PWN}</scr</script>ipt>` },
  // event handlers
  { id: 'img-onerror', kind: 'handler', html: `<img src="x" onerror="${PWN}">` },
  { id: 'img-onerror-upper', kind: 'handler', html: `<IMG SRC="x" ONERROR="${PWN}">` },
  { id: 'img-slash-separated', kind: 'handler', html: `<img/src="x"/onerror="${PWN}">` },
  { id: 'img-onload-http', kind: 'handler', html: `<img src="http://127.0.0.1:9/images/a.jpg" alt="A photo" onload="${PWN}">` },
  { id: 'p-onclick', kind: 'handler', html: `<p onclick="${PWN}">Click for the full council agenda.</p>` },
  { id: 'a-onmouseover', kind: 'handler', html: `<a href="https://news.example/agenda" onmouseover="${PWN}">agenda</a>` },
  { id: 'details-ontoggle', kind: 'handler', html: `<details open ontoggle="${PWN}"><summary>More</summary>detail</details>` },
  { id: 'input-autofocus', kind: 'handler', html: `<input autofocus onfocus="${PWN}">` },
  { id: 'body-onload', kind: 'handler', html: `<body onload="${PWN}">` },
  { id: 'marquee-onstart', kind: 'handler', html: `<marquee onstart="${PWN}">news</marquee>` },
  { id: 'video-source-onerror', kind: 'handler', html: `<video><source onerror="${PWN}"></video>` },
  { id: 'audio-onerror', kind: 'handler', html: `<audio src="x" onerror="${PWN}"></audio>` },
  { id: 'div-onpointerenter', kind: 'handler', html: `<div onpointerenter="${PWN}">The mayor spoke last.</div>` },
  { id: 'dialog-onclose', kind: 'handler', html: `<dialog open onclose="${PWN}">notice</dialog>` },
  // URLs that run code or carry documents
  { id: 'a-javascript', kind: 'url', html: `<a href="javascript:${PWN}">read more</a>` },
  { id: 'a-javascript-case', kind: 'url', html: `<a href="JaVaScRiPt:${PWN}">read more</a>` },
  { id: 'a-javascript-tab', kind: 'url', html: `<a href="java&#x09;script:${PWN}">read more</a>` },
  { id: 'a-javascript-newline', kind: 'url', html: `<a href="java\nscript:${PWN}">read more</a>` },
  { id: 'a-javascript-entities', kind: 'url', html: `<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;${PWN}">read more</a>` },
  { id: 'a-javascript-colon-entity', kind: 'url', html: `<a href="javascript&colon;${PWN}">read more</a>` },
  { id: 'a-javascript-leading-space', kind: 'url', html: `<a href=" &#x01; javascript:${PWN}">read more</a>` },
  { id: 'a-data-html', kind: 'url', html: `<a href="data:text/html;base64,${base64(SCRIPT_HTML)}">read more</a>` },
  { id: 'a-vbscript', kind: 'url', html: '<a href="vbscript:msgbox(1)">read more</a>' },
  { id: 'img-data-svg', kind: 'url', html: `<img src="data:image/svg+xml;base64,${base64(SVG_ONLOAD)}" alt="chart">` },
  { id: 'img-javascript-src', kind: 'url', html: `<img src="javascript:${PWN}" alt="chart">` },
  { id: 'img-srcset-javascript', kind: 'url', html: `<img src="https://news.example/a.jpg" srcset="javascript:${PWN} 2x" alt="chart">` },
  { id: 'img-srcset-data', kind: 'url', html: `<img src="https://news.example/a.jpg" srcset="https://news.example/a.jpg 1x, data:image/svg+xml;base64,${base64(SVG_ONLOAD)} 2x" alt="chart">` },
  { id: 'picture-source-srcset', kind: 'url', html: `<picture><source srcset="javascript:${PWN}"><img src="https://news.example/b.jpg" alt="b"></picture>` },
  { id: 'form-action', kind: 'url', html: `<form action="javascript:${PWN}"><button formaction="javascript:${PWN}">Subscribe</button></form>` },
  { id: 'video-poster', kind: 'url', html: `<video poster="javascript:${PWN}" src="x"></video>` },
  { id: 'table-background', kind: 'url', html: `<table background="javascript:${PWN}"><tr><td background="javascript:${PWN}">cell</td></tr></table>` },
  { id: 'area-javascript', kind: 'url', html: `<img src="https://news.example/map.jpg" usemap="#m" alt="map"><map name="m"><area shape="rect" coords="0,0,9,9" href="javascript:${PWN}"></map>` },
  { id: 'a-ping', kind: 'url', html: '<a href="https://news.example/" ping="http://127.0.0.1:9/track">home</a>' },
  { id: 'a-target-self', kind: 'url', html: '<a href="https://news.example/" target="_self" rel="opener">home</a>' },
  // frames, plugins, document-level elements
  { id: 'iframe-javascript', kind: 'embed', html: `<iframe src="javascript:${PWN}"></iframe>` },
  { id: 'iframe-srcdoc', kind: 'embed', html: `<iframe srcdoc="&lt;script&gt;${PWN}&lt;/script&gt;"></iframe>` },
  { id: 'object-data', kind: 'embed', html: `<object data="data:text/html;base64,${base64(SCRIPT_HTML)}"></object>` },
  { id: 'embed-src', kind: 'embed', html: `<embed src="javascript:${PWN}">` },
  { id: 'base-href', kind: 'embed', html: '<base href="javascript:/a/-alert(1)///////">' },
  { id: 'meta-refresh', kind: 'embed', html: `<meta http-equiv="refresh" content="0;url=javascript:${PWN}">` },
  { id: 'link-stylesheet', kind: 'embed', html: '<link rel="stylesheet" href="http://127.0.0.1:9/evil.css">' },
  { id: 'portal', kind: 'embed', html: '<portal src="http://127.0.0.1:9/"></portal>' },
  // styles that can carry code, fetch, or cover the reader
  { id: 'style-element', kind: 'style', html: '<style>@import "http://127.0.0.1:9/evil.css"; body{background:url("javascript:alert(1)")}</style>' },
  { id: 'style-attribute-url', kind: 'style', html: `<p style="background:url(javascript:${PWN})">Styled paragraph about the vote.</p>` },
  { id: 'style-attribute-overlay', kind: 'style', html: '<div style="position:fixed;inset:0;z-index:99999;background:white">Fake login: enter your password</div>' },
  // SVG
  { id: 'svg-onload', kind: 'svg', html: `<svg onload="${PWN}"></svg>` },
  { id: 'svg-script', kind: 'svg', html: `<svg><script>${PWN}</script></svg>` },
  { id: 'svg-a-xlink', kind: 'svg', html: `<svg><a xlink:href="javascript:${PWN}"><text x="20" y="20">tap</text></a></svg>` },
  { id: 'svg-animate-href', kind: 'svg', html: `<svg><a><animate attributeName="href" values="javascript:${PWN}"/><text x="20" y="20">tap</text></a></svg>` },
  { id: 'svg-set-onmouseover', kind: 'svg', html: `<svg><set attributeName="onmouseover" to="${PWN}"/></svg>` },
  { id: 'svg-foreignobject', kind: 'svg', html: `<svg><foreignObject><img src="x" onerror="${PWN}"></foreignObject></svg>` },
  { id: 'svg-use-data', kind: 'svg', html: `<svg><use href="data:image/svg+xml;base64,${base64(SVG_ONLOAD)}#x"/></svg>` },
  { id: 'svg-style-mxss', kind: 'svg', html: `<svg></p><style><a id="</style><img src=1 onerror=${PWN}>">` },
  // MathML
  { id: 'math-mglyph-style', kind: 'mathml', html: `<math><mtext><table><mglyph><style><img src=x onerror="${PWN}">`, swallowsRest: true },
  { id: 'math-xlink', kind: 'mathml', html: `<math><mi xlink:href="javascript:${PWN}">x</mi></math>` },
  { id: 'math-maction', kind: 'mathml', html: `<math><maction actiontype="statusline" xlink:href="javascript:${PWN}">x</maction></math>` },
  { id: 'math-form-mxss', kind: 'mathml', html: `<form><math><mtext></form><form><mglyph><style></math><img src onerror="${PWN}">`, swallowsRest: true },
  // parser tricks: raw-text elements, comments, broken attributes
  { id: 'noscript-title', kind: 'parser', html: `<noscript><p title="</noscript><img src=x onerror=${PWN}>"></noscript>` },
  { id: 'template-script', kind: 'parser', html: `<template><script>${PWN}</script><img src=x onerror="${PWN}"></template>` },
  { id: 'xmp-title', kind: 'parser', html: `<xmp><p title="</xmp><img src=x onerror=${PWN}>"></xmp>` },
  { id: 'noembed-title', kind: 'parser', html: `<noembed><p title="</noembed><img src=x onerror=${PWN}>"></noembed>` },
  { id: 'noframes-title', kind: 'parser', html: `<noframes><p title="</noframes><img src=x onerror=${PWN}>"></noframes>` },
  { id: 'textarea-title', kind: 'parser', html: `<textarea><p title="</textarea><img src=x onerror=${PWN}>"></textarea>` },
  { id: 'comment-breakout', kind: 'parser', html: `<p title="--><img src=x onerror=${PWN}>">quoted</p><!--<img src=x onerror="${PWN}">-->` },
  { id: 'attribute-breakout', kind: 'parser', html: `<img src="x\`" \` onerror="${PWN}" alt="x">` },
  { id: 'title-self-close', kind: 'parser', html: `<p title="<img src=x onerror=${PWN}>/>">text</p>` },
  // DOM clobbering of names the reader or DOMPurify might read
  { id: 'clobber-id', kind: 'clobber', html: `<a id="${SENTINEL}" href="https://news.example/">x</a><img name="getElementById" src="https://news.example/c.jpg">` },
  { id: 'clobber-form', kind: 'clobber', html: '<form name="attributes"><input name="attributes"></form>' },
];
