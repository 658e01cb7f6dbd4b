// The query page of taz2rdf: bundled queries as examples (run on the server with their parameters bound as RDF
// terms), own SPARQL sent to the query endpoint, results shown as a table (SELECT, ASK) or as Turtle (CONSTRUCT).
"use strict";

let endpoint = null;
let queries = [];

function el(id) { return document.getElementById(id); }

function text(value) { return document.createTextNode(value); }

function selected() { return queries.find(q => q.name === el("examples").value); }

function showParams(query) {
  const box = el("params");
  box.replaceChildren();
  (query ? query.parameters : []).forEach(p => {
    const row = document.createElement("div");
    row.className = "param";
    const label = document.createElement("label");
    label.htmlFor = "param-" + p.name;
    label.append(text(p.name + " (" + p.type + ", " + p.description + "): "));
    const input = document.createElement("input");
    input.id = "param-" + p.name;
    input.dataset.name = p.name;
    input.dataset.type = p.type;
    row.append(label, input);
    box.append(row);
  });
}

/** A bundled query runs on the server with its parameters bound as RDF terms; an own query goes to SPARQL. */
function request(query) {
  const edited = query && el("query").value === query.text;
  if (edited) {
    const params = new URLSearchParams();
    document.querySelectorAll("#params input").forEach(i => params.append(i.dataset.name, i.value));
    return fetch("/bundled/" + encodeURIComponent(query.name) + "?" + params.toString(),
                 { headers: { "Accept": "application/sparql-results+json, text/turtle;q=0.9" } });
  }
  return fetch(endpoint, {
    method: "POST",
    headers: {
      "Content-Type": "application/x-www-form-urlencoded",
      "Accept": "application/sparql-results+json, text/turtle;q=0.9"
    },
    body: new URLSearchParams({ query: el("query").value })
  });
}

function cell(binding) {
  if (!binding) { return text(""); }
  if (binding.type === "uri") {
    const a = document.createElement("a");
    a.href = binding.value;
    a.append(text(binding.value));
    return a;
  }
  return text(binding.value);
}

function showTable(json) {
  const table = document.createElement("table");
  table.id = "result-table";
  if (json.boolean !== undefined) {
    table.append(row(["answer"], "th"), row([String(json.boolean)], "td"));
  } else {
    table.append(row(json.head.vars, "th"));
    json.results.bindings.forEach(b => {
      const tr = document.createElement("tr");
      json.head.vars.forEach(v => { const td = document.createElement("td"); td.append(cell(b[v])); tr.append(td); });
      table.append(tr);
    });
  }
  el("results").replaceChildren(table);
  return json.boolean !== undefined ? 1 : json.results.bindings.length;
}

function row(values, tag) {
  const tr = document.createElement("tr");
  values.forEach(v => { const c = document.createElement(tag); c.append(text(v)); tr.append(c); });
  return tr;
}

async function run() {
  const status = el("status");
  status.className = "";
  status.textContent = "running…";
  const response = await request(selected());
  const body = await response.text();
  if (!response.ok) {
    status.className = "error";
    status.textContent = "error " + response.status + ": " + body;
    return;
  }
  if ((response.headers.get("Content-Type") || "").includes("json")) {
    const rows = showTable(JSON.parse(body));
    status.textContent = rows + " rows";
  } else {
    const pre = document.createElement("pre");
    pre.id = "result-graph";
    pre.append(text(body));
    el("results").replaceChildren(pre);
    status.textContent = "graph";
  }
}

async function init() {
  const response = await fetch("/queries.json");
  const data = await response.json();
  endpoint = data.endpoint;
  queries = data.queries;
  queries.forEach(q => {
    const option = document.createElement("option");
    option.value = q.name;
    option.append(text(q.name));
    el("examples").append(option);
  });
  el("examples").addEventListener("change", () => {
    const query = selected();
    el("description").textContent = query ? query.description : "";
    if (query) { el("query").value = query.text; }
    showParams(query);
  });
  el("run").addEventListener("click", run);
}

init();
