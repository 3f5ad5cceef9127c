/**
 * A document's tree as lines, one per node in document order, each with the path of element names
 * from the root: `>html>body>p>b [class="x"]`, `>html>body>p #text "words"`. Pre-order with full
 * paths is a complete description of the tree, so two documents give the same lines exactly when
 * their trees are the same: elements (with namespace: `svg:`, `math:`), attributes in order, text
 * (whitespace included), comments, processing instructions, the doctype, template contents (unless
 * told to leave them out), and the document's mode.
 *
 * Written as plain JavaScript source so that the very same function runs in Node (on linkedom or
 * jsdom) and in Chromium (`page.evaluate`), with nothing a bundler adds.
 */
export const TREE_LINES_SOURCE = String.raw`function treeLines(doc, withoutTemplateContents) {
  var lines = ['mode ' + doc.compatMode];
  function name(el) {
    var ns = el.namespaceURI;
    var prefix = ns === 'http://www.w3.org/2000/svg' ? 'svg:' : ns === 'http://www.w3.org/1998/Math/MathML' ? 'math:' : '';
    return prefix + el.localName;
  }
  function walk(node, path) {
    var children = Array.prototype.slice.call(node.childNodes);
    for (var i = 0; i < children.length; i++) {
      var child = children[i];
      if (child.nodeType === 1) {
        var here = path + '>' + name(child);
        var attrs = Array.prototype.map.call(child.attributes, function (a) { return a.name + '=' + JSON.stringify(a.value); });
        lines.push(here + (attrs.length ? ' [' + attrs.join(' ') + ']' : ''));
        if (child.localName === 'template' && child.content && !withoutTemplateContents) walk(child.content, here + '>#content');
        walk(child, here);
      } else if (child.nodeType === 3) {
        lines.push(path + ' #text ' + JSON.stringify(child.data));
      } else if (child.nodeType === 8) {
        lines.push(path + ' #comment ' + JSON.stringify(child.data));
      } else if (child.nodeType === 10) {
        lines.push(path + ' #doctype ' + child.name);
      } else if (child.nodeType === 7) {
        lines.push(path + ' #processing-instruction ' + child.target + ' ' + JSON.stringify(child.data));
      }
    }
  }
  walk(doc, '');
  return lines;
}`;

/** The same function, callable in Node. */
export const treeLines = new Function('doc', 'withoutTemplateContents', `return (${TREE_LINES_SOURCE})(doc, withoutTemplateContents);`) as (
  doc: Document,
  withoutTemplateContents?: boolean,
) => string[];
