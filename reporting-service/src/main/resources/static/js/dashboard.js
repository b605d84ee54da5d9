/*
 * Draws the dashboard's charts with Apache ECharts (served from the project). Each chart's data is the JSON of its
 * element's data-chart attribute; data-chart-kind says how to draw it. A bar of the "drill" chart opens that unit.
 */
(function () {
  'use strict';

  function bars(data, horizontal) {
    var category = { type: 'category', data: data.categories, axisLabel: { interval: 0, width: 140, overflow: 'truncate' } };
    var value = { type: 'value', minInterval: 1 };
    return {
      grid: { containLabel: true, left: 8, right: 24, top: 16, bottom: 8 },
      tooltip: { trigger: 'axis' },
      xAxis: horizontal ? value : category,
      yAxis: horizontal ? category : value,
      series: [{ type: 'bar', name: data.name, data: data.values, label: { show: true, position: horizontal ? 'right' : 'top' } }]
    };
  }

  function coverage(data) {
    return {
      grid: { containLabel: true, left: 8, right: 24, top: 40, bottom: 8 },
      legend: { data: data.names, top: 0 },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value} %' } },
      yAxis: { type: 'category', data: data.categories, axisLabel: { width: 140, overflow: 'truncate' } },
      series: [
        { type: 'bar', name: data.names[0], data: data.percent.map(function (p, i) {
            return { value: p === null ? 0 : Number(p),
                     itemStyle: { color: data.met[i] === true ? '#1a7f37' : '#b42318' } };
          }), label: { show: true, position: 'right', formatter: '{c} %' } },
        { type: 'bar', name: data.names[1], data: data.target, itemStyle: { color: '#98a2b3' } }
      ]
    };
  }

  function draw(element) {
    var data = JSON.parse(element.getAttribute('data-chart'));
    var kind = element.getAttribute('data-chart-kind');
    var rows = (data.categories || []).length;
    element.style.height = Math.max(160, rows * (kind === 'coverage' ? 56 : 36) + 60) + 'px';
    var chart = echarts.init(element);
    chart.setOption(kind === 'coverage' ? coverage(data) : bars(data, kind !== 'funnel'));
    if (kind === 'drill') {
      chart.on('click', function (event) {
        var url = data.urls[event.dataIndex];
        if (url) window.location.assign(url);
      });
    }
    window.addEventListener('resize', function () { chart.resize(); });
    element.setAttribute('data-drawn', 'true');
  }

  function start() {
    if (typeof echarts === 'undefined') return;
    Array.prototype.forEach.call(document.querySelectorAll('[data-chart]'), draw);
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
}());
