// A JSON module imported with its type attribute (with, or the older
// assert).
import data from './fixtures/attrs/data.json' with { type: 'json' };
console.log(data, data.answer);
