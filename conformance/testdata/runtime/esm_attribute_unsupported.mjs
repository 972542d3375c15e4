// A type node does not know is refused before anything runs.
console.log('never');
import data from './fixtures/attrs/data.json' with { type: 'javascript' };
