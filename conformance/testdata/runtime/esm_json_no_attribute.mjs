// Node loads a JSON module only for an import that says type 'json'.
import data from './fixtures/attrs/data.json';
console.log('never', data);
