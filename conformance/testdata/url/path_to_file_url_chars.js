// pathToFileURL percent-encodes what node's does, brackets, caret, pipe and
// tilde included.
const { pathToFileURL, fileURLToPath } = require('url');
for (const p of ['/a/ !"#$&\'()*+,:;<=>?@[]^`{|}~é', '/tmp/x%y', '/tmp/tab\there', '/back\\slash']) {
  const href = pathToFileURL(p).href;
  console.log(href, fileURLToPath(href) === p);
}
