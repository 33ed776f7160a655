/* Battery-industry graph views: draw a network, explain what is clicked, search, Cypher console.
 *
 * Safety rule for this file: data is only ever shown with textContent (or as canvas text drawn by
 * vis-network); no HTML string built from data is ever parsed. Links from data are used only when
 * they are http(s) URLs.
 *
 * Exposed on window (for the browser tests and the console): kgNetwork (the vis Network),
 * kgReady (true once the layout settled and physics stopped), kgDraw(data), kgShowNode(id). */
(function () {
  "use strict";

  var HIDDEN_PROPS = {
    sources: 1, evidence: 1, fact_ids: 1, evidence_facts: 1, evidence_sources: 1,
    search_keys: 1, kg_hash: 1, kg_key: 1, basis: 1, ended: 1, superseded_by: 1, supersedes: 1,
    status: 1, lifecycle: 1,
  };
  // a fact's time and a plant's phase: shown in their own lines above the table
  var TIME_PROP = /^(valid_from|valid_until|lifecycle_since)(_precision|_target|_text|_basis)?$/;
  // relationship types whose facts have a time (graph/questions/facts.py DATED_REL_TYPES)
  var DATED_TYPES = {
    OWNS_STAKE: 1, SUPPLIES: 1, PARTNERS_WITH: 1, INVESTS_IN: 1, OPERATES: 1, LOCATED_IN: 1,
    BUILDS_IN: 1,
  };

  /* ---- small DOM helpers (text only) ---------------------------------------------------- */
  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }
  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
  }
  function safeHref(url) {
    return typeof url === "string" && /^https?:\/\//i.test(url) ? url : null;
  }
  function readJson(id) {
    var block = document.getElementById(id);
    return block ? JSON.parse(block.textContent) : null;
  }
  function viewUrl(node) {
    var id = encodeURIComponent(node.id);
    if (node.label === "Country") return "/view/country/" + id;
    if (node.label === "Company" || node.label === "Plant") return "/view/entity/" + id;
    return null;
  }
  function show(value) {
    if (value === null || value === undefined) return "";
    if (Array.isArray(value)) return value.map(show).join(", ");
    if (typeof value === "object") return JSON.stringify(value);
    if (typeof value === "number" && Math.abs(value) >= 10000) return value.toLocaleString("en");
    return String(value);
  }
  function setStatus(text) {
    var status = document.getElementById("status");
    if (status) status.textContent = text;
  }

  /* ---- the network ---------------------------------------------------------------------- */
  var current = null;

  function draw(data) {
    var container = document.getElementById("network");
    if (!container || !data) return null;
    if (window.kgNetwork) window.kgNetwork.destroy();
    hidePanel();
    current = {
      data: data,
      nodes: indexBy(data.items.nodes),
      edges: indexBy(data.items.edges),
    };
    buildLegend(data.legend || []);
    var summary = document.getElementById("summary");
    if (summary) {
      summary.textContent =
        data.nodes.length + " node" + (data.nodes.length === 1 ? "" : "s") + ", " +
        data.edges.length + " edge" + (data.edges.length === 1 ? "" : "s");
    }
    if (!data.nodes.length) {
      setStatus("Nothing to draw.");
      window.kgNetwork = null;
      window.kgReady = true;
      return null;
    }
    window.kgReady = false;
    setStatus("Laying out " + data.nodes.length + " nodes…");
    // vis-network shows a string title with innerText; titles here are plain text anyway.
    var network = new vis.Network(
      container,
      { nodes: new vis.DataSet(data.nodes), edges: new vis.DataSet(data.edges) },
      data.options
    );
    var settled = function () {
      network.setOptions({ physics: false });
      network.fit();
      setStatus(
        (network.getScale() < 0.6 ? "Scroll to zoom in and read the labels. " : "") +
        "Click a node or an edge for its facts and sources; double-click a node to open it."
      );
      window.kgReady = true;
    };
    network.once("stabilizationIterationsDone", settled);
    network.on("click", function (params) {
      if (params.nodes.length) showNode(params.nodes[0]);
      else if (params.edges.length) showEdge(params.edges[0]);
      else hidePanel();
    });
    network.on("doubleClick", function (params) {
      if (!params.nodes.length) return;
      var node = current.nodes[params.nodes[0]];
      var url = node && viewUrl(node);
      if (url) window.location.assign(url);
    });
    window.kgNetwork = network;
    return network;
  }

  function indexBy(items) {
    var out = {};
    (items || []).forEach(function (item) { out[item.id] = item; });
    return out;
  }

  function buildLegend(entries) {
    var box = document.getElementById("legend");
    if (!box) return;
    clear(box);
    box.hidden = !entries.length;
    entries.forEach(function (entry) {
      var row = el("div", "row");
      var swatch = el("span", "sw " + entry.shape);
      swatch.style.setProperty("--c", entry.colour);
      if (entry.shape !== "line" && entry.shape !== "dashed") swatch.style.background = entry.colour;
      row.appendChild(swatch);
      row.appendChild(el("span", "", entry.text));
      box.appendChild(row);
    });
  }

  /* ---- side panel ----------------------------------------------------------------------- */
  function panel() {
    var box = document.getElementById("panel");
    clear(box);
    var close = el("button", "close", "×");
    close.type = "button";
    close.title = "Close";
    close.addEventListener("click", hidePanel);
    box.appendChild(close);
    box.hidden = false;
    box.scrollTop = 0;
    return box;
  }

  function hidePanel() {
    var box = document.getElementById("panel");
    if (box && !box.hidden) {
      box.hidden = true;
      clear(box);
    }
  }

  function propertyTable(props) {
    var table = el("table", "props");
    Object.keys(props).sort().forEach(function (key) {
      var value = props[key];
      if (HIDDEN_PROPS[key] || TIME_PROP.test(key) || value === null || value === "" ||
          value === false && /_target$/.test(key) ||
          /_precision$/.test(key) || (Array.isArray(value) && !value.length)) return;
      var tr = el("tr");
      tr.appendChild(el("th", "", key.replace(/_/g, " ")));
      tr.appendChild(el("td", "", show(value)));
      table.appendChild(tr);
    });
    return table;
  }

  /* a fuzzy date as the source gives it: "2025-06-01 (month)", a target, the article's words */
  function when(props, field) {
    var day = props[field];
    if (day === null || day === undefined || day === "") return null;
    var text = String(day);
    var precision = props[field + "_precision"];
    if (precision && precision !== "day") text += " (" + precision + ")";
    if (props[field + "_target"] === true) text += ", a target";
    if (props[field + "_text"]) text += ": \u201c" + props[field + "_text"] + "\u201d";
    var basis = props[field + "_basis"];
    if (basis === "source") text += " (the source's publication date)";
    else if (basis === "superseded") text += " (where a later version begins)";
    return text;
  }

  /* when a fact is in force (valid_from <= day < valid_until), in words, one line each */
  function validityLines(box, props, dated) {
    var lines = [];
    var from = when(props, "valid_from"), until = when(props, "valid_until");
    if (from) lines.push("In force from " + from);
    else if (dated) lines.push("Date unknown: no source dates it (shown on every date)");
    if (until) lines.push((props.ended === true ? "Ended: " : "No longer in force from ") + until);
    else if (props.ended === true) lines.push("Ended (the source says so)");
    var later = Array.isArray(props.superseded_by) ? props.superseded_by : [];
    if (later.length) lines.push("Replaced by " + later.map(show).join(", "));
    var earlier = Array.isArray(props.supersedes) ? props.supersedes : [];
    if (earlier.length) lines.push("Replaces " + earlier.map(show).join(", "));
    if (!lines.length) return;
    var list = el("ul", "validity");
    lines.forEach(function (line) { list.appendChild(el("li", "", line)); });
    box.appendChild(list);
  }

  /* how firmly a fact is stated (status) and, for a plant, its phase: two separate badges */
  function badges(box, props, confirmed) {
    if (!props.status && !props.lifecycle) return;
    var row = el("div", "badges");
    if (props.status) {
      var status = el("span", "status-badge" + (confirmed ? "" : " unconfirmed"), props.status);
      status.title = "certainty: how firmly the source states it";
      row.appendChild(el("span", "muted", "certainty "));
      row.appendChild(status);
    }
    if (props.lifecycle) {
      var since = when(props, "lifecycle_since");
      var phase = el("span", "phase-badge", props.lifecycle + (since ? " since " + since : ""));
      phase.title = "phase: where the plant is in its life";
      row.appendChild(el("span", "muted", " phase "));
      row.appendChild(phase);
    }
    box.appendChild(row);
  }

  function sourceLine(sourceId) {
    var li = el("li");
    var info = (current.data.sources || {})[sourceId];
    if (!info) {
      li.appendChild(el("span", "", sourceId));
      return li;
    }
    var href = safeHref(info.url);
    var title = el(href ? "a" : "span", "", info.title || sourceId);
    if (href) {
      title.href = href;
      title.rel = "noopener noreferrer";
      title.target = "_blank";
    }
    li.appendChild(title);
    var meta = [info.publisher, info.published].filter(Boolean).join(", ");
    if (meta) li.appendChild(el("div", "muted", meta));
    if (info.quotes && String(info.publisher || "").indexOf(info.quotes) < 0) {
      li.appendChild(el("div", "muted", "quoting " + info.quotes));
    }
    if (href) li.appendChild(el("div", "muted", href));
    return li;
  }

  function evidenceAndSources(box, props, total) {
    // each quote is attributed to its source through `evidence_sources` (parallel to
    // `evidence`); without it, only when the item cites exactly one source. `total`: how many
    // sources the item has when `props.sources` lists only the first of them (sources_total)
    if (props.basis === "curator") {
      box.appendChild(el("p", "curator", "Stated by the curator (general knowledge), no source."));
      return;
    }
    var ids = (props.sources || []).map(String);
    (props.fact_ids || []).forEach(function (f) {
      var sid = String(f).split("#")[0];
      if (ids.indexOf(sid) < 0) ids.push(sid);
    });
    var quotes = props.evidence || [];
    var quoteSources = props.evidence_sources || [];
    if (quoteSources.length !== quotes.length) {
      quoteSources = quotes.map(function () { return ids.length === 1 ? ids[0] : null; });
    }
    if (quotes.length) {
      box.appendChild(el("h3", "", "Evidence"));
      quotes.forEach(function (quote, i) {
        box.appendChild(el("blockquote", "evidence", quote));
        var sid = quoteSources[i];
        if (sid) {
          var info = (current.data.sources || {})[sid] || {};
          var cite = [info.publisher, info.published].filter(Boolean).join(", ");
          box.appendChild(el("div", "cite", "— " + (cite || sid)));
        }
      });
    }
    if (ids.length) {
      var heading = ids.length === 1 ? "Source" : "Sources";
      if (total && total > (props.sources || []).length) {
        heading += " (the first " + (props.sources || []).length + " of " + total + ")";
      }
      box.appendChild(el("h3", "", heading));
      var list = el("ul", "sources");
      ids.forEach(function (sid) { list.appendChild(sourceLine(sid)); });
      box.appendChild(list);
    }
  }

  function showNode(id) {
    var node = current.nodes[id];
    if (!node) return;
    var box = panel();
    box.dataset.kind = "node";
    box.dataset.id = node.id;
    box.appendChild(el("h2", "", node.name));
    box.appendChild(el("div", "kind", node.label + (node.kind ? " · " + node.kind : "")));
    var url = viewUrl(node);
    if (url && url !== window.location.pathname) {
      var link = el("a", "", "Open its view →");
      link.href = url;
      box.appendChild(link);
    }
    var props = node.properties || {};
    if (node.label === "Plant") {
      badges(box, props, props.status === "confirmed");
      validityLines(box, props, true);
    }
    box.appendChild(propertyTable(props));
    evidenceAndSources(box, props, node.sources_total);
  }

  function showEdge(id) {
    var edge = current.edges[id];
    if (!edge) return;
    var box = panel();
    box.dataset.kind = "edge";
    box.dataset.id = edge.id;
    var from = current.nodes[edge.source], to = current.nodes[edge.target];
    box.appendChild(el("h2", "", (from ? from.name : edge.source) + " → " + (to ? to.name : edge.target)));
    box.appendChild(el("div", "kind", edge.type.toLowerCase().replace(/_/g, " ")));
    box.appendChild(el("div", "caption", edge.caption));
    var props = edge.properties || {};
    badges(box, { status: edge.status }, edge.confirmed);
    validityLines(box, props, !!DATED_TYPES[edge.type]);
    box.appendChild(propertyTable(props));
    evidenceAndSources(box, props, edge.sources_total);
  }

  /* ---- search with suggestions ---------------------------------------------------------- */
  function searchBox(form) {
    var input = form.querySelector("input[type=search]");
    var list = form.querySelector(".suggestions");
    var api = document.body.dataset.searchUrl;
    var timer = null, seq = 0, active = -1, items = [];

    function render(results) {
      clear(list);
      items = results;
      active = results.length ? 0 : -1;
      results.forEach(function (r, i) {
        var li = el("li");
        var a = el("a", i === 0 ? "active" : "");
        a.href = r.url;
        a.appendChild(el("span", "name", r.name));
        a.appendChild(el("span", "what", r.what));
        li.appendChild(a);
        list.appendChild(li);
      });
      list.hidden = !results.length;
    }

    function fetchSuggestions() {
      var q = input.value.trim();
      var mine = ++seq;
      if (q.length < 2) { render([]); return; }
      fetch(api + "?" + new URLSearchParams({ q: q, limit: "8" }), {
        headers: { Accept: "application/json" },
      })
        .then(function (r) { return r.ok ? r.json() : []; })
        .then(function (body) {
          if (mine !== seq) return;
          var hits = Array.isArray(body) ? body : body.results || body.items || body.hits || [];
          render(hits.map(function (h) {
            var node = { id: h.id, label: h.label };
            return {
              url: viewUrl(node) || "/view/entity/" + encodeURIComponent(h.id),
              name: h.name || h.display_name || h.id,
              what: [h.label, h.kind, h.country].filter(Boolean).join(" · "),
            };
          }));
        })
        .catch(function () { if (mine === seq) render([]); });
    }

    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(fetchSuggestions, 150);
    });
    input.addEventListener("keydown", function (ev) {
      if (!items.length) return;
      var links = list.querySelectorAll("a");
      if (ev.key === "ArrowDown" || ev.key === "ArrowUp") {
        ev.preventDefault();
        if (links[active]) links[active].classList.remove("active");
        active = (active + (ev.key === "ArrowDown" ? 1 : items.length - 1)) % items.length;
        links[active].classList.add("active");
      } else if (ev.key === "Enter" && active >= 0) {
        ev.preventDefault();
        window.location.assign(items[active].url);
      } else if (ev.key === "Escape") {
        render([]);
      }
    });
  }

  /* ---- entity controls: any change reloads the view with the new query ------------------ */
  function autoSubmit(form) {
    form.addEventListener("change", function () {
      setStatus("Loading…");
      form.submit();
    });
  }

  /* ---- Cypher console ------------------------------------------------------------------- */
  function cypherConsole(form) {
    var api = document.body.dataset.cypherUrl;
    var textarea = form.querySelector("textarea");
    var message = document.getElementById("cypher-message");
    var results = document.getElementById("results");

    function say(text, isError) {
      message.textContent = text;
      message.className = isError ? "error" : "muted";
      message.hidden = !text;
    }

    function cell(value) {
      // nodes, relationships and paths as the API gives them, written the way Cypher writes them
      if (value && typeof value === "object" && !Array.isArray(value)) {
        if (value.labels && value.properties) {
          var p = value.properties;
          return "(:" + value.labels.join(":") + " " + (p.display_name || p.name || p.title || p.id || "") + ")";
        }
        if (value.type && value.properties && "start" in value) {
          return "[:" + value.type + (value.properties.status ? " " + value.properties.status : "") + "]";
        }
        if (value.nodes && value.relationships) {
          return "path of " + value.relationships.length + " hop" + (value.relationships.length === 1 ? "" : "s");
        }
      }
      if (Array.isArray(value)) return value.map(cell).join(", ");
      return show(value);
    }

    function table(columns, rows) {
      clear(results);
      if (!columns.length) return;
      var t = el("table");
      var head = el("tr");
      columns.forEach(function (c) { head.appendChild(el("th", "", c)); });
      t.appendChild(head);
      rows.forEach(function (row) {
        var tr = el("tr");
        columns.forEach(function (c, i) {
          tr.appendChild(el("td", "", cell(Array.isArray(row) ? row[i] : row[c])));
        });
        t.appendChild(tr);
      });
      results.appendChild(t);
    }

    function run(ev) {
      if (ev) ev.preventDefault();
      var statement = textarea.value.trim();
      if (!statement) return;
      say("Running…", false);
      fetch(api, {
        method: "POST",
        headers: { "Content-Type": "application/json", Accept: "application/json" },
        body: JSON.stringify({ query: statement }),
      })
        .then(function (r) {
          return r.json().then(function (b) { return { ok: r.ok, status: r.status, body: b }; });
        })
        .then(function (res) {
          if (!res.ok) {
            var detail = res.body && res.body.detail;
            say("Refused (" + res.status + "): " +
                (typeof detail === "string" ? detail : JSON.stringify(detail)), true);
            return null;
          }
          var b = res.body;
          table(b.columns || [], b.rows || []);
          say(b.row_count + " row" + (b.row_count === 1 ? "" : "s") +
              (b.truncated ? " (cut at the row cap of " + b.row_cap + ")" : "") +
              " in " + b.elapsed_ms + " ms" +
              (b.graph ? "" : "; no nodes or relationships to draw"), false);
          return fetch("/view/render", {
            method: "POST",
            headers: { "Content-Type": "application/json", Accept: "application/json" },
            body: JSON.stringify(b.graph || { nodes: [], edges: [] }),
          }).then(function (r) { return r.json(); }).then(draw);
        })
        .catch(function (err) { say("The request failed: " + err, true); });
    }

    form.addEventListener("submit", run);
    textarea.addEventListener("keydown", function (ev) {
      if (ev.key === "Enter" && (ev.ctrlKey || ev.metaKey)) run(ev);
    });
    if (textarea.value.trim()) run();
  }

  /* ---- start ------------------------------------------------------------------------------ */
  function start() {
    document.querySelectorAll("form.search").forEach(searchBox);
    document.querySelectorAll("form.auto").forEach(autoSubmit);
    document.querySelectorAll("form.console").forEach(cypherConsole);
    var data = readJson("graph-data");
    if (data) draw(data);
    window.kgDraw = draw;
    window.kgShowNode = function (id) { showNode(id); };
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
