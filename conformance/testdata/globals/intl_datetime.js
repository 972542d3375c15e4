'use strict';
// Intl.DateTimeFormat with numeric fields in IANA time zones, and Date's
// toLocale*String on top of it, as node's (full ICU, en-US): dayjs's
// timezone plugin reads formatToParts and toLocaleString({ timeZone }).
const t = (f) => { try { console.log(f()); } catch (e) { console.log(e.name + ': ' + e.message); } };
const d = new Date(Date.UTC(2024, 0, 5, 3, 4, 5, 67));
const supported = [];
for (const year of [undefined, 'numeric', '2-digit']) for (const month of [undefined, 'numeric', '2-digit']) for (const day of [undefined, 'numeric', '2-digit']) {
  if ((year || month || day) && !(year && day && !month)) supported.push({ year, month, day });
}
for (const hour12 of [undefined, true, false]) for (const hour of [undefined, 'numeric', '2-digit']) for (const minute of [undefined, 'numeric', '2-digit']) for (const second of [undefined, 'numeric', '2-digit']) {
  if ((hour || minute || second) && !(hour && second && !minute)) supported.push({ hour, minute, second, hour12 });
}
for (const hourCycle of ['h11', 'h12', 'h23', 'h24']) supported.push({ hour: 'numeric', minute: 'numeric', hourCycle });
supported.push(
  { year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' },
  { year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', timeZoneName: 'short' },
  { year: 'numeric', month: 'numeric', day: 'numeric', timeZoneName: 'shortOffset' },
  { hour: 'numeric', timeZoneName: 'longOffset' },
  { minute: 'numeric', timeZoneName: 'short' },
  { timeZoneName: 'short' },
  { hour: 'numeric', minute: 'numeric', second: 'numeric', fractionalSecondDigits: 3 },
  { second: 'numeric', fractionalSecondDigits: 2 },
  { fractionalSecondDigits: 1 },
  { month: 'numeric', day: 'numeric', hour: 'numeric' },
  { year: 'numeric', minute: 'numeric' },
);
for (const o of supported) {
  const f = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', ...o });
  console.log(JSON.stringify(o), JSON.stringify(f.format(d)), f.formatToParts(d).map((p) => p.type[0]).join(''), JSON.stringify(f.resolvedOptions()));
}
const zones = ['America/New_York', 'Asia/Tokyo', 'Asia/Kolkata', 'Europe/London', 'Australia/Sydney', 'America/St_Johns', 'US/Pacific', 'pacific/honolulu', 'Etc/GMT+5', 'UTC', 'Africa/Abidjan', 'America/Havana', 'Asia/Shanghai'];
const times = [Date.UTC(2024, 0, 15, 12), Date.UTC(2024, 6, 1, 3, 4, 5), Date.UTC(2024, 2, 10, 7, 30), Date.UTC(1999, 11, 31, 23, 59, 59, 999), Date.UTC(2038, 5, 1)];
for (const timeZone of zones) {
  for (const timeZoneName of ['short', 'shortOffset', 'longOffset']) {
    const f = new Intl.DateTimeFormat('en-US', { hour12: false, timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', timeZoneName });
    console.log(timeZone, timeZoneName, f.resolvedOptions().timeZone, times.map((x) => f.format(x)).join(' | '));
  }
}
for (const x of times) {
  const date = new Date(x);
  console.log(date.toLocaleString(), '|', date.toLocaleString('en-US', { timeZone: 'America/New_York' }), '|', date.toLocaleDateString(), '|', date.toLocaleTimeString('en', { timeZone: 'Asia/Kolkata', timeZoneName: 'short' }));
}
t(() => [new Date(NaN).toLocaleString(), Date.prototype.toLocaleString.name, Date.prototype.toLocaleDateString.length]);
t(() => Date.prototype.toLocaleString.call({}));
t(() => Intl.DateTimeFormat().resolvedOptions());
t(() => { const f = new Intl.DateTimeFormat(); return [f.format === f.format, typeof f.format, f.format(0)]; });
t(() => new Intl.DateTimeFormat('en', null));
t(() => new Intl.DateTimeFormat('en', { timeZone: 'Nope/X' }));
t(() => new Intl.DateTimeFormat('en', { fractionalSecondDigits: 4 }));
t(() => new Intl.DateTimeFormat('en').format(NaN));
t(() => new Intl.DateTimeFormat('en', { year: 'bogus' }));
t(() => new Intl.DateTimeFormat('en', { hour12: false, hourCycle: 'h23', hour: 'numeric' }).resolvedOptions());
t(() => Intl.DateTimeFormat.prototype.formatToParts.call({}, 0));
