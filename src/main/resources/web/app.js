// The diplograph page: the country network, a pair's timeline, an official's record. All data comes from the
// named queries at /api/NAME (parameters bound as RDF terms by the server); all text goes into the page with
// textContent, never as HTML.
'use strict';

(function () {
  const COLOURS = { cooperation: '#1a9850', conflict: '#d73027', mixed: '#f39c12', mentioned: '#9aa3b2' };
  const $ = (id) => document.getElementById(id);
  const state = { network: [], chart: null, firstNode: null, ready: false };

  async function api(name, params) {
    const query = new URLSearchParams();
    Object.entries(params || {}).forEach(([k, v]) => { if (v) query.set(k, v); });
    const response = await fetch('/api/' + name + '?' + query);
    const body = await response.json();
    if (!response.ok) throw new Error(body.error || response.statusText);
    return body;
  }

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    Object.entries(attrs || {}).forEach(([k, v]) => {
      if (k === 'class') node.className = v; else node.setAttribute(k, v);
    });
    children.flat().forEach((c) => { if (c !== null && c !== undefined) node.append(c); });
    return node;
  }

  function message(text) {
    $('message').textContent = text || '';
    $('message').hidden = !text;
  }

  function range() {
    return { from: $('from').value, to: $('to').value };
  }

  function showSparql(detailsId, answer) {
    const details = $(detailsId);
    details.querySelector('pre').textContent = answer.sparql;
    details.querySelector('a').href = '/diplograph/sparql?output=json&query=' + encodeURIComponent(answer.sparql);
  }

  /** A link to the article: its URL when it has one, else the file it came from, as text. */
  function sourceLink(row) {
    const label = row.headline || row.source || row.article;
    if (/^https?:\/\//.test(row.source || '')) {
      return el('a', { class: 'source', href: row.source, target: '_blank', rel: 'noopener noreferrer' }, label);
    }
    return el('span', { class: 'source', title: row.article || '' }, label + (row.source ? ' (' + row.source + ')' : ''));
  }

  // ---------------------------------------------------------------- network

  function edgeKind(e) {
    const cooperation = e.cooperation + e.meetings;
    if (cooperation + e.conflict === 0) return 'mentioned';
    if (cooperation === e.conflict) return 'mixed';
    return cooperation > e.conflict ? 'cooperation' : 'conflict';
  }

  function escapeHtml(s) {
    return String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
  }

  function graphData(rows, withMentions) {
    const nodes = new Map();
    const links = [];
    rows.forEach((r) => {
      const events = r.cooperation + r.conflict + r.meetings;
      const kind = edgeKind(r);
      if (kind === 'mentioned' && !withMentions) return;
      [[r.aCode, r.aName], [r.bCode, r.bName]].forEach(([code, label]) => {
        const n = nodes.get(code) || { name: code, label: label, weight: 0 };
        n.weight += events ? events * 2 : 1;
        nodes.set(code, n);
      });
      links.push({
        source: r.aCode, target: r.bCode, row: r, kind: kind,
        lineStyle: {
          color: COLOURS[kind],
          width: events ? 2 + 2 * Math.log2(1 + events) : 1 + Math.log2(r.articles),
          type: kind === 'mentioned' ? 'dashed' : 'solid',
          opacity: kind === 'mentioned' ? 0.55 : 0.9,
        },
      });
    });
    const data = [...nodes.values()].map((n) => ({
      name: n.name, label: n.label, value: n.weight,
      symbolSize: 16 + 5 * Math.sqrt(n.weight),
      itemStyle: { color: '#3b5b92' },
    }));
    return { data, links };
  }

  function edgeTooltip(r) {
    return escapeHtml(r.aName + ' – ' + r.bName) + '<br>' +
      [['cooperation', r.cooperation], ['conflict', r.conflict], ['meetings', r.meetings], ['articles naming both', r.articles]]
        .map(([k, v]) => escapeHtml(k + ': ' + v)).join('<br>');
  }

  function drawNetwork() {
    const { data, links } = graphData(state.network, $('co-mentions').checked);
    state.chart.setOption({
      tooltip: {
        formatter: (p) => p.dataType === 'edge' ? edgeTooltip(p.data.row) : escapeHtml(p.data.label + ' (' + p.data.name + ')'),
      },
      animation: false,
      series: [{
        type: 'graph', layout: 'force', roam: true, draggable: true,
        force: { repulsion: 380, gravity: 0.1, edgeLength: [80, 200], layoutAnimation: false },
        zoom: 0.9,
        label: { show: true, position: 'right', formatter: (p) => p.data.label, fontSize: 12, color: '#1d2330' },
        emphasis: { focus: 'adjacency', lineStyle: { width: 7 } },
        data: data, links: links,
      }],
    }, true);
    $('network-status').textContent = data.length
      ? data.length + ' countries, ' + links.length + ' pairs' + (state.truncated ? ' (the strongest only: more rows than the server sends)' : '')
      : 'No country pairs in this date range.';
    document.body.dataset.nodes = String(data.length);
    document.body.dataset.edges = String(links.length);
  }

  async function loadNetwork() {
    $('network-status').textContent = 'Loading…';
    try {
      const answer = await api('network', range());
      state.network = answer.rows;
      state.truncated = answer.truncated;
      showSparql('network-sparql', answer);
      drawNetwork();
      message('');
    } catch (e) {
      $('network-status').textContent = '';
      message('Could not load the network: ' + e.message);
    }
    state.ready = true;
    document.body.dataset.network = 'ready';
  }

  function onChartClick(p) {
    state.chart.dispatchAction({ type: 'hideTip' });
    if (p.dataType === 'edge') {
      state.firstNode = null;
      showPair(p.data.row.aCode, p.data.row.bCode, p.data.row.aName, p.data.row.bName);
    } else if (p.dataType === 'node') {
      const first = state.firstNode;
      if (first && first.name !== p.data.name) {
        state.firstNode = null;
        showPair(first.name, p.data.name, first.label, p.data.label);
      } else {
        state.firstNode = { name: p.data.name, label: p.data.label };
        $('network-status').textContent = p.data.label + ' selected: click a second country.';
      }
    }
  }

  /** Where the line between two countries is drawn, in page pixels relative to the chart (for tests, tools). */
  function edgeMidpoint(a, b) {
    const data = state.chart.getModel().getSeriesByIndex(0).getData();
    const pa = state.chart.convertToPixel({ seriesIndex: 0 }, data.getItemLayout(data.indexOfName(a)));
    const pb = state.chart.convertToPixel({ seriesIndex: 0 }, data.getItemLayout(data.indexOfName(b)));
    return { x: (pa[0] + pb[0]) / 2, y: (pa[1] + pb[1]) / 2 };
  }

  // ---------------------------------------------------------------- pair timeline

  function timelineItem(r) {
    const classes = ['kind-' + r.kind];
    if (r.quad) classes.push('quad-' + r.quad);
    return el('li', { class: classes.join(' ') },
      el('time', {}, r.date || 'undated'),
      el('span', { class: 'badge' }, r.kind),
      el('strong', {}, r.detail || ''),
      r.who ? ' — ' + r.who : null,
      el('blockquote', {}, r.evidence || ''),
      sourceLink(r));
  }

  async function showPair(a, b, aName, bName) {
    $('intro').hidden = true;
    $('official-view').hidden = true;
    $('pair-view').hidden = false;
    $('pair-title').textContent = (aName || a) + ' and ' + (bName || b);
    $('pair-status').textContent = 'Loading…';
    $('timeline').replaceChildren();
    try {
      const answer = await api('pair-timeline', Object.assign({ a: a, b: b }, range()));
      showSparql('pair-sparql', answer);
      $('timeline').replaceChildren(...answer.rows.map(timelineItem));
      $('pair-status').textContent = answer.rows.length
        ? answer.rows.length + ' events' + (answer.truncated ? ' (the first ' + answer.count + ')' : '')
        : 'No meetings, statements or relation events between them in this date range; they are named in the same articles.';
      message('');
    } catch (e) {
      $('pair-status').textContent = '';
      message('Could not load the timeline: ' + e.message);
    }
    document.body.dataset.pair = a + '-' + b;
  }

  // ---------------------------------------------------------------- official

  function list(id, rows, render, empty) {
    $(id).replaceChildren(...(rows.length ? rows.map(render) : [el('li', { class: 'empty' }, empty)]));
  }

  async function showOfficial(name) {
    $('intro').hidden = true;
    $('pair-view').hidden = true;
    $('official-view').hidden = false;
    $('official-title').textContent = 'Officials matching “' + name + '”';
    try {
      const [posts, meetings, statements] = await Promise.all([
        api('officials', { name: name }),
        api('who-met-whom', Object.assign({ person: name, status: 'any' }, range())),
        api('statements', Object.assign({ speaker: name }, range())),
      ]);
      list('posts', posts.rows, (r) => el('li', {},
        el('strong', {}, r.name), ' — ', r.title + (r.countryCode ? ' (' + r.countryCode + ')' : ''),
        r.organizationName ? ', ' + r.organizationName : null,
        r.asOf ? el('span', {}, ' as of ', el('time', {}, r.asOf)) : null, ' ', sourceLink(r)), 'No posts found.');
      list('meetings', meetings.rows, (r) => el('li', {},
        el('time', {}, r.date || 'undated'), ' ', el('strong', {}, r.aName + ' – ' + r.bName),
        ' (' + [r.mode, r.status !== 'occurred' ? r.status : null, r.placeName].filter(Boolean).join(', ') + ') ',
        sourceLink(r)), 'No meetings found.');
      list('statements', statements.rows, (r) => el('li', {},
        el('time', {}, r.date || 'undated'), ' ', el('strong', {}, r.speakerName || ''),
        el('blockquote', {}, r.text), sourceLink(r)), 'No statements found.');
      showSparql('posts-sparql', posts);
      showSparql('meetings-sparql', meetings);
      showSparql('statements-sparql', statements);
      message('');
    } catch (e) {
      message('Could not search officials: ' + e.message);
    }
    document.body.dataset.official = name;
  }

  async function loadOfficialNames() {
    try {
      const answer = await api('officials', {});
      const names = [...new Set(answer.rows.map((r) => r.name))].sort();
      $('officials').replaceChildren(...names.map((n) => el('option', { value: n })));
    } catch (e) {
      // The list only helps typing; the search works without it.
    }
  }

  // ---------------------------------------------------------------- wiring

  function start() {
    state.chart = echarts.init($('chart'));
    state.chart.on('click', onChartClick);
    window.addEventListener('resize', () => state.chart.resize());
    $('range').addEventListener('submit', (e) => { e.preventDefault(); loadNetwork(); });
    $('reset').addEventListener('click', () => { $('from').value = ''; $('to').value = ''; loadNetwork(); });
    $('co-mentions').addEventListener('change', drawNetwork);
    $('official-search').addEventListener('submit', (e) => {
      e.preventDefault();
      const name = $('official').value.trim();
      if (name) showOfficial(name);
    });
    loadNetwork();
    loadOfficialNames();
  }

  window.diplograph = { state: state, edgeMidpoint: edgeMidpoint, showPair: showPair };
  if (typeof echarts === 'undefined') {
    message('The chart library did not load (/webjars/echarts/…).');
  } else {
    start();
  }
})();
