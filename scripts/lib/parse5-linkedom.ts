/**
 * HTML parsed the way a browser parses it (parse5, the reference implementation of the HTML5
 * tree-construction algorithm), into linkedom's fast DOM.
 *
 * Why: linkedom's own parser (htmlparser2) does not follow that algorithm. A page without <body>, or
 * with body content before </head>, came out nested inside <head> (and the input guard then skipped it
 * as invisible); misnested tables and formatting elements, stray end tags and text before <html> gave
 * trees no browser builds. With parse5 driving linkedom through a tree adapter, the CLI and the
 * benchmarks run the engine on the tree Chromium builds, and the engine keeps linkedom's speed.
 * tests/story/parse-parity.test.ts compares the trees with headless Chromium's on malformed pages.
 *
 * parse5 drives the adapter through its TreeAdapter interface (parse5/dist/tree-adapters/interface.d.ts;
 * its defaultTreeAdapter is the reference). What linkedom needs help with, and how a browser does it:
 * - Namespaces: linkedom knows HTML and SVG only. A MathML element gets its namespace as an own
 *   property: parse5 decides how to parse what follows from the current node's namespace.
 * - Document mode: linkedom has none, and parse5 needs it (in quirks mode a <table> does not close an
 *   open <p>). BrowserParsedDocument keeps it, shows it as `compatMode`, and its clones keep it, as a
 *   browser's cloned document does.
 * - Scripting: a browser tab parses with scripting on, so a <noscript>'s content is one text node
 *   (markup as text), not elements. A *clone* of that document has no browsing context, so scripting
 *   is off for it: markup set through innerHTML there makes <noscript> elements (checked in Chromium
 *   by the parity test). Readability's retry (body.innerHTML = saved HTML) runs on the engine's clone.
 * - innerHTML: linkedom's setter parses with htmlparser2. For documents built here it is replaced by
 *   parse5's fragment algorithm, with the element as context, as the DOM specifies.
 * - Template contents: parse5 fills the template's content fragment, as browsers do (the <template>
 *   element itself has no children).
 * - Attributes: foreign attributes (xlink:href, xml:lang) are set under their qualified name, which
 *   is how getAttribute finds them in a browser too. Names a browser's setAttribute would refuse (`"`,
 *   `a<b`) are kept, as a browser's parser keeps them.
 */
import type { TreeAdapter, TreeAdapterTypeMap, Token } from 'parse5';
import { html, parse, parseFragment } from 'parse5';
import { DOMParser } from 'linkedom';

type LParent = Node & ParentNode;

export type LinkedomTreeMap = TreeAdapterTypeMap<
  Node,
  LParent,
  ChildNode,
  Document,
  DocumentFragment,
  Element,
  Comment,
  Text,
  HTMLTemplateElement,
  DocumentType
>;

const NS = html.NS;
const MODE = html.DOCUMENT_MODE;

const MODE_KEY = Symbol('document mode');
const SCRIPTING_KEY = Symbol('scripting enabled');

/** linkedom's HTMLDocument class (its package exports only a constructor that refuses to construct). */
const LinkedomHTMLDocument = new DOMParser().parseFromString('', 'text/html').constructor as unknown as new () => Document;

/** A linkedom HTML document built by parse5: it knows its mode and whether scripting is on for it. */
class BrowserParsedDocument extends LinkedomHTMLDocument {
  [MODE_KEY]: html.DOCUMENT_MODE = MODE.NO_QUIRKS;
  /** On for a parsed page (a tab), off for its clones (no browsing context), as in a browser. */
  [SCRIPTING_KEY] = false;

  override get compatMode(): string {
    return this[MODE_KEY] === MODE.QUIRKS ? 'BackCompat' : 'CSS1Compat';
  }

  /**
   * A browser lower-cases the name given to createElement in an HTML document (DOM standard,
   * createElement step 2); linkedom keeps it as given. Readability creates its elements as
   * createElement('DIV') and createElement('P'): in linkedom their localName stayed 'DIV' and 'P', so
   * getElementsByTagName('p') and the cleaning rules' tag lookups (which match localName, as a
   * browser does) did not find the paragraphs Readability made, and Node removed "teasers" whose
   * prose paragraph Chromium sees (WCXB 0341; docs/parsing.md).
   */
  override createElement(localName: string, options?: ElementCreationOptions): HTMLElement {
    return super.createElement(asciiLowerCase(String(localName)), options);
  }

  override cloneNode(deep?: boolean): Node {
    const clone = super.cloneNode(deep) as BrowserParsedDocument;
    clone[MODE_KEY] = this[MODE_KEY];
    return clone;
  }
}

/** ASCII letters only, as the DOM standard lower-cases names (not toLowerCase, which maps others too). */
function asciiLowerCase(name: string): string {
  return /[A-Z]/.test(name) ? name.replace(/[A-Z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 32)) : name;
}

function isBrowserParsed(doc: Document | null): doc is BrowserParsedDocument {
  return doc instanceof BrowserParsedDocument;
}

/**
 * The document the nodes of the parse in progress belong to. parse5 creates nodes without saying for
 * which document; parsing is synchronous and one parse runs at a time, so it is kept here meanwhile.
 */
let currentDocument: BrowserParsedDocument | null = null;

function owner(): BrowserParsedDocument {
  if (!currentDocument) throw new Error('parse5-linkedom: a node was created outside a parse');
  return currentDocument;
}

function qualifiedName(attr: Token.Attribute): string {
  return attr.prefix ? `${attr.prefix}:${attr.name}` : attr.name;
}

/**
 * Give an element these attributes, in this order (the source order, as in a browser). linkedom's
 * setAttribute puts a new attribute first, so they are set last to first. parse5 has already dropped
 * repeated names.
 */
function setAttributesInOrder(element: Element, attrs: Token.Attribute[]): void {
  for (let i = attrs.length - 1; i >= 0; i--) element.setAttribute(qualifiedName(attrs[i]), attrs[i].value);
}

function isText(node: Node | null | undefined): node is Text {
  return !!node && node.nodeType === 3;
}

/** The document whose mode governs a parse: fragment parsing runs on a stand-in element of the context's document. */
function modeHolder(node: Document | Element): BrowserParsedDocument | null {
  const doc = node.nodeType === 9 ? (node as Document) : node.ownerDocument;
  return isBrowserParsed(doc) ? doc : null;
}

export const linkedomTreeAdapter: TreeAdapter<LinkedomTreeMap> = {
  createDocument() {
    const doc = new BrowserParsedDocument();
    currentDocument = doc;
    return doc;
  },

  createDocumentFragment() {
    return owner().createDocumentFragment();
  },

  createElement(tagName, namespaceURI, attrs) {
    const doc = owner();
    let element: Element;
    if (namespaceURI === NS.HTML) {
      element = doc.createElement(tagName);
    } else if (namespaceURI === NS.SVG) {
      element = doc.createElementNS(namespaceURI, tagName);
    } else {
      // MathML, the only other namespace the HTML parser creates elements in: linkedom would make an
      // HTML element, so the element carries its namespace itself.
      element = doc.createElement(tagName);
      Object.defineProperty(element, 'namespaceURI', { value: namespaceURI });
    }
    setAttributesInOrder(element, attrs);
    return element;
  },

  createCommentNode(data) {
    return owner().createComment(data);
  },

  createTextNode(value) {
    return owner().createTextNode(value);
  },

  appendChild(parentNode, newNode) {
    parentNode.appendChild(newNode);
  },

  insertBefore(parentNode, newNode, referenceNode) {
    parentNode.insertBefore(newNode, referenceNode);
  },

  setTemplateContent() {
    // linkedom's <template> makes its content fragment itself; parse5 fills it through getTemplateContent.
  },

  getTemplateContent(templateElement) {
    return templateElement.content;
  },

  setDocumentType(document, name, publicId, systemId) {
    // linkedom makes its DocumentType from a doctype string, and puts it first in the document;
    // parse5 asks for it where the doctype is, after any comment before it.
    if (document.doctype || !/^[a-z:]+$/i.test(name)) return;
    const before = Array.from(document.childNodes); // comments: nothing else comes before a doctype
    const ids = publicId ? ` PUBLIC "${publicId}"${systemId ? ` "${systemId}"` : ''}` : systemId ? ` SYSTEM "${systemId}"` : '';
    (document as unknown as { doctype: string }).doctype = `${name}${ids}`;
    const doctype = document.doctype;
    if (doctype) for (const node of before) document.insertBefore(node, doctype);
  },

  setDocumentMode(document, mode) {
    const holder = modeHolder(document);
    if (holder) holder[MODE_KEY] = mode;
  },

  getDocumentMode(document) {
    return modeHolder(document)?.[MODE_KEY] ?? MODE.NO_QUIRKS;
  },

  detachNode(node) {
    if (node.parentNode) node.remove();
  },

  insertText(parentNode, text) {
    const last = parentNode.lastChild;
    if (isText(last)) last.data += text;
    else parentNode.appendChild(owner().createTextNode(text));
  },

  insertTextBefore(parentNode, text, referenceNode) {
    const previous = referenceNode.previousSibling;
    if (isText(previous)) previous.data += text;
    else parentNode.insertBefore(owner().createTextNode(text), referenceNode);
  },

  adoptAttributes(recipient, attrs) {
    // A second <html> or <body> tag: its attributes the element lacks are added after its own.
    const added = attrs.filter((attr) => !recipient.hasAttribute(qualifiedName(attr)));
    if (added.length === 0) return;
    const own = Array.from(recipient.attributes, (attr): Token.Attribute => ({ name: attr.name, value: attr.value }));
    for (const attr of own) recipient.removeAttribute(attr.name);
    setAttributesInOrder(recipient, [...own, ...added]);
  },

  getFirstChild(node) {
    return node.firstChild;
  },

  getChildNodes(node) {
    return Array.from(node.childNodes);
  },

  getParentNode(node) {
    return node.parentNode as LParent | null;
  },

  getAttrList(element) {
    return Array.from(element.attributes, (attr) => ({ name: attr.name, value: attr.value }));
  },

  getTagName(element) {
    return element.localName;
  },

  getNamespaceURI(element) {
    return element.namespaceURI as html.NS;
  },

  getTextNodeContent(textNode) {
    return textNode.data;
  },

  getCommentNodeContent(commentNode) {
    return commentNode.data;
  },

  getDocumentTypeNodeName(doctypeNode) {
    return doctypeNode.name;
  },

  getDocumentTypeNodePublicId(doctypeNode) {
    return doctypeNode.publicId;
  },

  getDocumentTypeNodeSystemId(doctypeNode) {
    return doctypeNode.systemId;
  },

  isTextNode(node): node is Text {
    return node.nodeType === 3;
  },

  isCommentNode(node): node is Comment {
    return node.nodeType === 8;
  },

  isDocumentTypeNode(node): node is DocumentType {
    return node.nodeType === 10;
  },

  isElementNode(node): node is Element {
    return node.nodeType === 1;
  },

  // Source positions are never asked for (sourceCodeLocationInfo stays off).
  setNodeSourceCodeLocation() {},
  getNodeSourceCodeLocation() {
    return undefined;
  },
  updateNodeSourceCodeLocation() {},
};

/**
 * Parse a whole page as a browser tab does: scripting on (the page's <noscript> content is text).
 */
export function parseDocument(markup: string): Document {
  installFragmentParsing();
  try {
    const doc = parse(markup, { treeAdapter: linkedomTreeAdapter, scriptingEnabled: true }) as BrowserParsedDocument;
    doc[SCRIPTING_KEY] = true;
    return doc;
  } finally {
    currentDocument = null;
  }
}

/** Set an element's children from markup, with parse5's fragment algorithm and the element as context. */
function setInnerHtml(element: Element, markup: string, doc: BrowserParsedDocument): void {
  const outer = currentDocument;
  currentDocument = doc;
  try {
    const fragment = parseFragment(element, markup, { treeAdapter: linkedomTreeAdapter, scriptingEnabled: doc[SCRIPTING_KEY] });
    element.replaceChildren(fragment);
  } finally {
    currentDocument = outer;
  }
}

let fragmentParsingInstalled = false;

/**
 * Replace linkedom's innerHTML setter (htmlparser2) with parse5's fragment parsing, for elements of
 * documents built here only: Readability re-parses the page's body from its saved HTML when it
 * retries, and that must give the tree a browser gives. Elements whose content is raw text (script,
 * style, title, textarea) keep linkedom's own setter, which sets their text as a browser does.
 */
function installFragmentParsing(): void {
  if (fragmentParsingInstalled) return;
  fragmentParsingInstalled = true;
  const probe = new LinkedomHTMLDocument().createElement('div');
  let proto: object | null = Object.getPrototypeOf(probe);
  while (proto && !Object.getOwnPropertyDescriptor(proto, 'innerHTML')) proto = Object.getPrototypeOf(proto);
  const original = proto && Object.getOwnPropertyDescriptor(proto, 'innerHTML');
  if (!proto || !original?.set || !original.get) throw new Error('parse5-linkedom: linkedom has no innerHTML accessor to extend');
  const originalSet = original.set;
  Object.defineProperty(proto, 'innerHTML', {
    configurable: true,
    enumerable: original.enumerable,
    get: original.get,
    set(this: Element, markup: string) {
      const doc = this.ownerDocument;
      if (isBrowserParsed(doc)) setInnerHtml(this, String(markup), doc);
      else originalSet.call(this, markup);
    },
  });
}
