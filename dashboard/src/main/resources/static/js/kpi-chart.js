// Draws the KPI chart from the option the server built (ECharts Java wrapper), with the ECharts
// library served by this application. Marks the page when drawing has finished, for tests.
(function () {
  var container = document.getElementById('kpi-chart');
  var optionElement = document.getElementById('kpi-chart-option');
  if (!container || !optionElement || typeof echarts === 'undefined') {
    return;
  }
  var chart = echarts.init(container, null, { renderer: 'canvas' });
  chart.on('finished', function () {
    container.setAttribute('data-chart-finished', 'true');
  });
  chart.setOption(JSON.parse(optionElement.textContent));
  window.addEventListener('resize', function () { chart.resize(); });
})();
