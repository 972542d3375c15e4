// refresh() re-arms a timer that already fired; a cleared one stays stopped.
let n = 0;
const t = setTimeout(() => {
  n++;
  console.log('fired', n, t._destroyed);
  if (n === 1) setTimeout(() => { t.refresh(); console.log('refreshed', t._destroyed); }, 5);
}, 5);
const c = setTimeout(() => console.log('cleared timer fired?!'), 5);
clearTimeout(c);
c.refresh();
