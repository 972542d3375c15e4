'use strict';
// util.parseArgs: command-line parsing in two passes, as Node does it:
// the arguments become tokens (options, positionals, the '--' terminator),
// then the tokens are checked (strict mode) and stored.

const errors = binding.load('errors');
const {
  makeNodeError, invalidArgType, invalidArgValue,
  validateArray, validateBoolean, validateObject, validateString,
} = errors;

const hasOwn = (obj, key) => Object.prototype.hasOwnProperty.call(obj, key);
const ownValue = (obj, key) => (hasOwn(obj, key) ? obj[key] : undefined);
const optionProp = (options, name, prop) =>
  (hasOwn(options, name) ? ownValue(options[name], prop) : undefined);

function invalidOptionValue(message) {
  return makeNodeError(TypeError, 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE', message);
}

function unknownOption(option, allowPositionals) {
  const hint = allowPositionals ? '. To specify a positional ' +
    "argument starting with a '-', place it at the end of the command after " +
    `'--', as in '-- ${JSON.stringify(option)}` : '';
  return makeNodeError(TypeError, 'ERR_PARSE_ARGS_UNKNOWN_OPTION', `Unknown option '${option}'${hint}`);
}

function unexpectedPositional(value) {
  return makeNodeError(TypeError, 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL',
    `Unexpected argument '${value}'. This command does not take positional arguments`);
}

// The user's arguments: after the script, or after the executable for -e/-p.
function mainArgs() {
  const execArgv = process.execArgv;
  if (['-e', '--eval', '-p', '--print'].some((flag) => execArgv.includes(flag))) {
    return process.argv.slice(1);
  }
  return process.argv.slice(2);
}

function longNameForShort(short, options) {
  for (const name of Object.keys(options)) {
    if (ownValue(options[name], 'short') === short) return name;
  }
  return short;
}

const isLoneShort = (arg) => arg.length === 2 && arg[0] === '-' && arg[1] !== '-';
const isLoneLong = (arg) => arg.length > 2 && arg.startsWith('--') && !arg.includes('=', 3);
const isLongWithValue = (arg) => arg.length > 2 && arg.startsWith('--') && arg.includes('=', 3);
// A value after an option is taken greedily, dashes and all.
const canBeValue = (arg) => arg != null;
const looksLikeOption = (value) => value != null && value.length > 1 && value[0] === '-';

function startsShortCluster(arg, options) {
  return arg.length > 2 && arg[0] === '-' && arg[1] !== '-';
}

function isStringShort(arg, options) {
  return optionProp(options, longNameForShort(arg[1], options), 'type') === 'string';
}

function tokenize(args, options) {
  const tokens = [];
  let index = -1;
  let pendingFromGroup = 0;
  const rest = args.slice();
  while (rest.length > 0) {
    const arg = rest.shift();
    const next = rest[0];
    // Pieces of an expanded short group share the group's index.
    if (pendingFromGroup > 0) pendingFromGroup--;
    else index++;

    if (arg === '--') {
      tokens.push({ kind: 'option-terminator', index });
      for (const value of rest) tokens.push({ kind: 'positional', index: ++index, value });
      break;
    }
    if (isLoneShort(arg)) {
      const name = longNameForShort(arg[1], options);
      let value;
      let inlineValue;
      if (optionProp(options, name, 'type') === 'string' && canBeValue(next)) {
        value = rest.shift();
        inlineValue = false;
      }
      tokens.push({ kind: 'option', name, rawName: arg, index, value, inlineValue });
      if (value != null) ++index;
      continue;
    }
    if (startsShortCluster(arg, options) && !isStringShort(arg, options)) {
      // -abc is -a -b -c; a string option inside takes the rest as value.
      const expanded = [];
      for (let i = 1; i < arg.length; i++) {
        const short = arg[i];
        const name = longNameForShort(short, options);
        if (optionProp(options, name, 'type') !== 'string' || i === arg.length - 1) {
          expanded.push(`-${short}`);
        } else {
          expanded.push(`-${arg.slice(i)}`);
          break;
        }
      }
      rest.unshift(...expanded);
      pendingFromGroup = expanded.length;
      continue;
    }
    if (startsShortCluster(arg, options)) {
      const short = arg[1];
      tokens.push({
        kind: 'option', name: longNameForShort(short, options), rawName: `-${short}`,
        index, value: arg.slice(2), inlineValue: true,
      });
      continue;
    }
    if (isLoneLong(arg)) {
      const name = arg.slice(2);
      let value;
      let inlineValue;
      if (optionProp(options, name, 'type') === 'string' && canBeValue(next)) {
        value = rest.shift();
        inlineValue = false;
      }
      tokens.push({ kind: 'option', name, rawName: arg, index, value, inlineValue });
      if (value != null) ++index;
      continue;
    }
    if (isLongWithValue(arg)) {
      const eq = arg.indexOf('=');
      const name = arg.slice(2, eq);
      tokens.push({ kind: 'option', name, rawName: `--${name}`, index, value: arg.slice(eq + 1), inlineValue: true });
      continue;
    }
    tokens.push({ kind: 'positional', index, value: arg });
  }
  return tokens;
}

function checkUsage(config, token) {
  let name = token.name;
  if (!hasOwn(config.options, name)) {
    const negated = config.allowNegative && name.startsWith('no-');
    if (!negated) throw unknownOption(token.rawName, config.allowPositionals);
    name = name.slice(3);
    if (!hasOwn(config.options, name) || optionProp(config.options, name, 'type') !== 'boolean') {
      throw unknownOption(token.rawName, config.allowPositionals);
    }
  }
  const short = optionProp(config.options, name, 'short');
  const both = `${short ? `-${short}, ` : ''}--${name}`;
  const type = optionProp(config.options, name, 'type');
  if (type === 'string' && typeof token.value !== 'string') {
    throw invalidOptionValue(`Option '${both} <value>' argument missing`);
  }
  if (type === 'boolean' && token.value != null) {
    throw invalidOptionValue(`Option '${both}' does not take an argument`);
  }
}

function checkAmbiguousValue(token) {
  if (token.inlineValue || !looksLikeOption(token.value)) return;
  const example = token.rawName.startsWith('--') ?
    `'${token.rawName}=-XYZ'` :
    `'--${token.name}=-XYZ' or '${token.rawName}-XYZ'`;
  throw invalidOptionValue(`Option '${token.rawName}' argument is ambiguous.
Did you forget to specify the option argument for '${token.rawName}'?
To specify an option argument starting with a dash use ${example}.`);
}

function store(token, options, values, allowNegative) {
  let name = token.name;
  let value = token.value;
  if (name === '__proto__') return;
  if (allowNegative && name.startsWith('no-') && value === undefined) {
    name = name.slice(3);
    token.name = name;
    value = false;
  }
  const stored = value ?? true;
  if (optionProp(options, name, 'multiple')) {
    if (values[name]) values[name].push(stored);
    else values[name] = [stored];
  } else {
    values[name] = stored;
  }
}

function validateTypedArray(value, name, type) {
  validateArray(value, name);
  for (let i = 0; i < value.length; i++) {
    if (typeof value[i] !== type) throw invalidArgType(`${name}[${i}]`, type, value[i]);
  }
}

function validateConfig(options) {
  for (const [name, config] of Object.entries(options)) {
    validateObject(config, `options.${name}`);
    const type = ownValue(config, 'type');
    if (type !== 'string' && type !== 'boolean') {
      throw invalidArgType(`options.${name}.type`, "('string|boolean')", type);
    }
    if (hasOwn(config, 'short')) {
      const short = config.short;
      validateString(short, `options.${name}.short`);
      if (short.length !== 1) {
        throw invalidArgValue(`options.${name}.short`, short, 'must be a single character');
      }
    }
    const multiple = ownValue(config, 'multiple');
    if (hasOwn(config, 'multiple')) validateBoolean(multiple, `options.${name}.multiple`);
    const defaultValue = ownValue(config, 'default');
    if (defaultValue !== undefined) {
      const where = `options.${name}.default`;
      if (multiple) validateTypedArray(defaultValue, where, type);
      else if (type === 'string') validateString(defaultValue, where);
      else validateBoolean(defaultValue, where);
    }
  }
}

function parseArgs(config = {}) {
  const args = ownValue(config, 'args') ?? mainArgs();
  const strict = ownValue(config, 'strict') ?? true;
  const allowPositionals = ownValue(config, 'allowPositionals') ?? !strict;
  const returnTokens = ownValue(config, 'tokens') ?? false;
  const allowNegative = ownValue(config, 'allowNegative') ?? false;
  const options = ownValue(config, 'options') ?? { __proto__: null };
  const parseConfig = { args, strict, options, allowPositionals, allowNegative };

  validateArray(args, 'args');
  validateBoolean(strict, 'strict');
  validateBoolean(allowPositionals, 'allowPositionals');
  validateBoolean(returnTokens, 'tokens');
  validateBoolean(allowNegative, 'allowNegative');
  validateObject(options, 'options');
  validateConfig(options);

  const tokens = tokenize(args, options);
  const result = { values: { __proto__: null }, positionals: [] };
  if (returnTokens) result.tokens = tokens;
  for (const token of tokens) {
    if (token.kind === 'option') {
      if (strict) {
        checkUsage(parseConfig, token);
        checkAmbiguousValue(token);
      }
      store(token, options, result.values, allowNegative);
    } else if (token.kind === 'positional') {
      if (!allowPositionals) throw unexpectedPositional(token.value);
      result.positionals.push(token.value);
    }
  }
  for (const [name, optionConfig] of Object.entries(options)) {
    const defaultValue = ownValue(optionConfig, 'default');
    if (defaultValue !== undefined && result.values[name] === undefined && name !== '__proto__') {
      result.values[name] = defaultValue;
    }
  }
  return result;
}

Object.assign(exports, { parseArgs });
