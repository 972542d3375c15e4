'use strict';
// util.inspect's option defaults, colors and styles: what util.inspect
// carries as properties, apart from the formatting code (inspect_base.js and
// the walk), which loads on the first inspection that needs it.

const defaultOptions = Object.seal({
  showHidden: false,
  depth: 2,
  colors: false,
  customInspect: true,
  showProxy: false,
  maxArrayLength: 100,
  maxStringLength: 10000,
  breakLength: 80,
  compact: 3,
  sorted: false,
  getters: false,
  numericSeparator: false,
});

// SGR codes: [open, close].
const FG_RESET = 39;
const BG_RESET = 49;
const colors = { __proto__: null };
const colorTable = [
  ['reset', 0, 0], ['bold', 1, 22], ['dim', 2, 22], ['italic', 3, 23],
  ['underline', 4, 24], ['blink', 5, 25], ['inverse', 7, 27], ['hidden', 8, 28],
  ['strikethrough', 9, 29], ['doubleunderline', 21, 24],
  ['black', 30, FG_RESET], ['red', 31, FG_RESET], ['green', 32, FG_RESET],
  ['yellow', 33, FG_RESET], ['blue', 34, FG_RESET], ['magenta', 35, FG_RESET],
  ['cyan', 36, FG_RESET], ['white', 37, FG_RESET],
  ['bgBlack', 40, BG_RESET], ['bgRed', 41, BG_RESET], ['bgGreen', 42, BG_RESET],
  ['bgYellow', 43, BG_RESET], ['bgBlue', 44, BG_RESET], ['bgMagenta', 45, BG_RESET],
  ['bgCyan', 46, BG_RESET], ['bgWhite', 47, BG_RESET],
  ['framed', 51, 54], ['overlined', 53, 55],
  ['gray', 90, FG_RESET], ['redBright', 91, FG_RESET], ['greenBright', 92, FG_RESET],
  ['yellowBright', 93, FG_RESET], ['blueBright', 94, FG_RESET],
  ['magentaBright', 95, FG_RESET], ['cyanBright', 96, FG_RESET],
  ['whiteBright', 97, FG_RESET],
  ['bgGray', 100, BG_RESET], ['bgRedBright', 101, BG_RESET],
  ['bgGreenBright', 102, BG_RESET], ['bgYellowBright', 103, BG_RESET],
  ['bgBlueBright', 104, BG_RESET], ['bgMagentaBright', 105, BG_RESET],
  ['bgCyanBright', 106, BG_RESET], ['bgWhiteBright', 107, BG_RESET],
];
for (const [name, open, close] of colorTable) colors[name] = [open, close];

// Aliases are hidden accessors so that Object.keys(colors) lists each
// rendition once, as Node does.
const colorAliases = [
  ['grey', 'gray'], ['blackBright', 'gray'], ['bgGrey', 'bgGray'],
  ['bgBlackBright', 'bgGray'], ['faint', 'dim'], ['crossedout', 'strikethrough'],
  ['strikeThrough', 'strikethrough'], ['crossedOut', 'strikethrough'],
  ['conceal', 'hidden'], ['swapColors', 'inverse'], ['swapcolors', 'inverse'],
  ['doubleUnderline', 'doubleunderline'],
];
for (const [alias, target] of colorAliases) {
  Object.defineProperty(colors, alias, {
    get() { return this[target]; },
    set(value) { this[target] = value; },
    configurable: true,
    enumerable: false,
  });
}

const styles = Object.assign({ __proto__: null }, {
  special: 'cyan',
  number: 'yellow',
  bigint: 'yellow',
  boolean: 'yellow',
  undefined: 'grey',
  null: 'bold',
  string: 'green',
  symbol: 'green',
  date: 'magenta',
  regexp: 'red',
  module: 'underline',
});

Object.assign(exports, { defaultOptions, colors, styles });
