// An import that cannot be resolved fails before any code of the module runs.
console.log('never: module body');
import 'not-a-package-anywhere';
