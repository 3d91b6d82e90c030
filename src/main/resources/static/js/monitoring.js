// Charts of /admin/monitoring, from the JSON the page carries (no inline script: the page's CSP).
// The tables carry the same figures; the charts make the largest visible at a glance.
const report = JSON.parse(document.getElementById('monitoring-report').textContent);
const labels = Object.assign({ median: 'median h' }, JSON.parse(document.getElementById('monitoring-labels').textContent));
const round = v => v == null ? null : Math.round(v * 10) / 10;
function bars(id, names, series) {
  echarts.init(document.getElementById(id)).setOption({
    animation: false,
    tooltip: { trigger: 'axis' },
    legend: series.length > 1 ? { top: 0 } : undefined,
    // Stage names take what they need up to 40 % of a phone-wide chart, then are cut short.
    grid: { left: 8, right: 20, top: series.length > 1 ? 30 : 10, bottom: 20, containLabel: true },
    xAxis: { type: 'value' },
    yAxis: { type: 'category', inverse: true, data: names, axisLabel: { width: 140, overflow: 'truncate' } },
    series: series.map(s => ({ type: 'bar', stack: 'total', name: s.name, data: s.values.map(round),
                               itemStyle: { color: s.color } }))
  });
}
bars('chart-waiting', report.bottlenecks.map(b => b.name),
     [{ name: 'h', values: report.bottlenecks.map(b => b.totalWaitingHours), color: '#0b5e6b' }]);
// User tasks split into waiting for a claim and working; other activities show their median.
const timed = report.activities.filter(a => a.medianHours != null && a.medianHours >= 0.05)
    .sort((a, b) => b.medianHours - a.medianHours);
const split = a => a.medianWaitForClaimHours != null;
bars('chart-median', timed.map(a => a.name), [
  { name: labels.claimWait, values: timed.map(a => split(a) ? a.medianWaitForClaimHours : null), color: '#c77c02' },
  { name: labels.working, values: timed.map(a => split(a) ? a.medianWorkingHours : null), color: '#0b5e6b' },
  { name: labels.median, values: timed.map(a => split(a) ? null : a.medianHours), color: '#5b7083' }]);
const applications = report.throughput[0];
echarts.init(document.getElementById('chart-weekly')).setOption({
  animation: false,
  tooltip: { trigger: 'axis' },
  legend: { top: 0 },
  grid: { left: 40, right: 20, top: 30, bottom: 30 },
  xAxis: { type: 'category', data: applications.weeks.map(w => w.week) },
  yAxis: { type: 'value', minInterval: 1 },
  series: [
    { type: 'line', name: labels.arrivals, data: applications.weeks.map(w => w.arrivals), itemStyle: { color: '#c77c02' } },
    { type: 'line', name: labels.completions, data: applications.weeks.map(w => w.completions), itemStyle: { color: '#0b5e6b' } }]
});
bars('chart-funnel', report.funnel.stages.map(s => s.name),
     [{ name: 'n', values: report.funnel.stages.map(s => s.reached), color: '#0b5e6b' }]);
