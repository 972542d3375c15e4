'use strict';
// require() of a .node file goes through process.dlopen, whose error is
// dlopen's: a file shorter than an ELF header, one that is no ELF file.
for (const file of ['./fixtures/addon/short.node', './fixtures/addon/text.node']) {
  try {
    require(file);
  } catch (err) {
    console.log(err.name, err.code, err.message.slice(__dirname.length));
  }
}
