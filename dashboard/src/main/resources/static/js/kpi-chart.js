// Draws every chart of the page from the option the server built (ECharts Java wrapper), with the
// ECharts library served by this application, and offers each chart as a PNG picture. A chart is
// marked data-chart-finished once drawn, for tests.
(function () {
  if (typeof echarts === 'undefined') {
    return;
  }
  // Charts in the page's typeface: the server sizes their labels by Arial's widths
  echarts.registerTheme('sendap', { textStyle: { fontFamily: 'arial, sans-serif' } });
  var charts = {};
  document.querySelectorAll('.chart[data-option]').forEach(function (container) {
    var optionElement = document.getElementById(container.getAttribute('data-option'));
    if (!optionElement) {
      return;
    }
    var chart = echarts.init(container, 'sendap', { renderer: 'canvas' });
    chart.on('finished', function () {
      container.setAttribute('data-chart-finished', 'true');
    });
    chart.setOption(JSON.parse(optionElement.textContent));
    charts[container.id] = chart;
  });
  window.addEventListener('resize', function () {
    Object.keys(charts).forEach(function (id) { charts[id].resize(); });
  });

  // The chart as a PNG file: drawn again at twice the size on white, saved under the page's file name.
  window.sendapChartPng = function (chartId) {
    var chart = charts[chartId];
    return chart ? chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#ffffff' }) : null;
  };
  document.querySelectorAll('button[data-download-chart]').forEach(function (button) {
    button.addEventListener('click', function () {
      var url = window.sendapChartPng(button.getAttribute('data-download-chart'));
      if (!url) {
        return;
      }
      var link = document.createElement('a');
      link.href = url;
      link.download = button.getAttribute('data-file-name');
      document.body.appendChild(link);
      link.click();
      link.remove();
    });
  });
})();
