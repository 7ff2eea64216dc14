/*
 * Draws a timeline page's chart from the figure embedded as JSON, and ties it
 * to the chronological list below it: click a mark to read its sentence in the
 * story, #event-<id> highlights that date, list focus highlights the mark,
 * and on the site-wide timeline the section/tag filters apply to both.
 * The list works without this script; this only adds to it.
 */
(function () {
  "use strict";

  var CHART_ID = "timeline-chart";
  var DATA_ID = "timeline-figure";
  var HASH_PREFIX = "#event-";
  var DAY_MS = 86400000;

  function ready(fn) {
    if (document.readyState === "loading") {
      document.addEventListener("DOMContentLoaded", fn);
    } else {
      fn();
    }
  }

  function listItem(id) {
    return document.getElementById("event-" + id);
  }

  /* id -> where the event is drawn: trace, point, row, first and last instant (ms). */
  function indexMarks(data) {
    var marks = {};
    data.forEach(function (trace, t) {
      if (!trace.customdata) {
        return;
      }
      trace.customdata.forEach(function (id, p) {
        var start;
        var end;
        if (trace.type === "bar") {
          start = Date.parse(trace.base[p] + "T00:00:00Z");
          end = start + Number(trace.x[p]);
        } else {
          start = Date.parse(String(trace.x[p]).replace(" ", "T") + ":00Z");
          end = start;
        }
        marks[id] = { trace: t, point: p, row: trace.y[p], start: start, end: end };
      });
    });
    return marks;
  }

  /* The event id in the URL's #event-<id>, or null (also for a malformed hash). */
  function hashId() {
    var hash = window.location.hash;
    if (hash.indexOf(HASH_PREFIX) !== 0) {
      return null;
    }
    try {
      return decodeURIComponent(hash.slice(HASH_PREFIX.length));
    } catch (error) {
      return null;
    }
  }

  function isoDay(ms) {
    return new Date(ms).toISOString().slice(0, 10);
  }

  function Timeline(chart, figure) {
    this.chart = chart;
    this.figure = figure;
    this.data = figure.data;
    this.layout = figure.layout;
    this.baseShapes = (figure.layout.shapes || []).slice();
    this.baseAnnotations = (figure.layout.annotations || []).slice();
    this.marks = indexMarks(figure.data);
    this.current = null;
  }

  Timeline.prototype.draw = function () {
    var self = this;
    var narrow = window.matchMedia("(max-width: 640px)").matches;
    if (narrow) {
      /* On a phone, a drag on the chart should scroll the page; the buttons change the view. */
      this.layout.dragmode = false;
      this.layout.margin = Object.assign({}, this.layout.margin, { l: 6, r: 6 });
    }
    var config = {
      displayModeBar: false,
      responsive: true,
      scrollZoom: false,
      doubleClick: "reset",
      showTips: false
    };
    return window.Plotly.newPlot(this.chart, this.data, this.layout, config).then(function () {
      /* Without hover (touch screens) the first tap shows the date and sentence,
         a second tap on the same mark goes to the story. */
      var touch = window.matchMedia("(hover: none)").matches;
      var tapped = null;
      var tappedAt = 0;
      self.chart.on("plotly_click", function (event) {
        var point = event && event.points && event.points[0];
        if (!point || !point.customdata) {
          return;
        }
        if (touch) {
          /* Plotly may report one tap twice; only a later tap counts as the second. */
          var now = Date.now();
          if (tapped !== point.customdata || now - tappedAt < 400) {
            if (tapped !== point.customdata) {
              tappedAt = now;
            }
            tapped = point.customdata;
            return;
          }
          /* The second report of this tap starts over instead of opening the story twice. */
          tapped = null;
        }
        self.open(point.customdata);
      });
      self.chart.setAttribute("data-ready", "true");
      self.chart.dispatchEvent(new CustomEvent("timeline:ready", { bubbles: true }));
    });
  };

  /* Go to the sentence in the story, as the list item's link does. */
  Timeline.prototype.open = function (id) {
    var item = listItem(id);
    var link = item && item.querySelector("a.event-link");
    if (link) {
      window.location.href = link.href;
    }
  };

  /* Dim every other mark, band the event's row, and bring it into the x-range. */
  Timeline.prototype.highlight = function (id) {
    var mark = this.marks[id];
    var self = this;
    var update = { selectedpoints: [] };
    var traces = [];
    this.data.forEach(function (trace, t) {
      if (trace.customdata) {
        traces.push(t);
        update.selectedpoints.push(mark ? (mark.trace === t ? [mark.point] : []) : null);
      }
    });
    var shapes = this.baseShapes.slice();
    var relayout = {};
    if (mark) {
      shapes.push({
        type: "rect",
        name: "highlight",
        xref: "paper",
        yref: "y",
        x0: 0,
        x1: 1,
        y0: mark.row - 0.5,
        y1: mark.row + 0.5,
        fillcolor: "#fef3c7",
        line: { width: 0 },
        layer: "below"
      });
      var range = (this.chart.layout && this.chart.layout.xaxis.range) || this.layout.xaxis.range;
      var low = Date.parse(String(range[0]).slice(0, 10) + "T00:00:00Z");
      var high = Date.parse(String(range[1]).slice(0, 10) + "T00:00:00Z");
      if (mark.start < low || mark.end > high) {
        var from = Math.min(low, mark.start);
        var to = Math.max(high, mark.end);
        var pad = Math.max(DAY_MS, (to - from) * 0.04);
        relayout["xaxis.range"] = [isoDay(from - pad), isoDay(to + pad)];
      }
    }
    relayout.shapes = shapes;
    /* Labels of the other rows fade with their marks. */
    relayout.annotations = this.baseAnnotations.map(function (note) {
      if (note.name !== "label") {
        return note;
      }
      return Object.assign({}, note, { opacity: mark && note.y !== mark.row ? 0.35 : 1 });
    });
    this.current = mark ? id : null;
    return window.Plotly.restyle(this.chart, update, traces).then(function () {
      return window.Plotly.relayout(self.chart, relayout);
    });
  };

  Timeline.prototype.fromHash = function (scroll) {
    var id = hashId();
    var item = id && listItem(id);
    document.querySelectorAll(".event.is-current").forEach(function (el) {
      el.classList.remove("is-current");
    });
    if (!item) {
      return this.current ? this.highlight(null) : Promise.resolve();
    }
    item.classList.add("is-current");
    if (scroll) {
      this.reveal(item);
    }
    return this.highlight(id);
  };

  /* Show chart and list item together when the screen is tall enough, else the item. */
  Timeline.prototype.reveal = function (item) {
    var top = this.chart.getBoundingClientRect().top + window.scrollY;
    var bottom = item.getBoundingClientRect().bottom + window.scrollY;
    if (bottom - top + 16 <= window.innerHeight) {
      window.scrollTo(0, Math.max(0, top - 8));
    } else {
      item.scrollIntoView({ block: "center" });
    }
  };

  /* List focus or pointer on an item shows its mark, without changing the URL. */
  Timeline.prototype.linkList = function () {
    var self = this;
    var list = document.querySelector("ol.events");
    if (!list) {
      return;
    }
    function show(event) {
      var item = event.target.closest && event.target.closest("li.event");
      if (item && self.marks[item.dataset.event] && self.current !== item.dataset.event) {
        self.highlight(item.dataset.event);
      }
    }
    function back() {
      var id = hashId();
      if (self.current !== id) {
        self.highlight(id && self.marks[id] ? id : null);
      }
    }
    list.addEventListener("focusin", show);
    list.addEventListener("mouseover", show);
    list.addEventListener("mouseleave", back);
    list.addEventListener("focusout", function (event) {
      if (!list.contains(event.relatedTarget)) {
        back();
      }
    });
  };

  /* Site-wide timeline: section and tag filters apply to the list and the chart. */
  Timeline.prototype.linkFilters = function () {
    var form = document.getElementById("timeline-filters");
    if (!form) {
      return;
    }
    var self = this;
    var original = JSON.parse(JSON.stringify(this.data));
    var category = form.querySelector("#filter-category");
    var tag = form.querySelector("#filter-tag");
    var count = form.querySelector("#filter-count");
    var items = Array.prototype.slice.call(document.querySelectorAll("ol.events li.event"));
    form.hidden = false;

    function keep(item) {
      var tags = item.dataset.tags ? item.dataset.tags.split("|") : [];
      return (!category.value || item.dataset.category === category.value) &&
        (!tag.value || tags.indexOf(tag.value) !== -1);
    }

    function filterTrace(trace, wanted) {
      var n = trace.customdata.length;
      var copy = JSON.parse(JSON.stringify(trace));
      var pick = function (values) {
        return Array.isArray(values) && values.length === n
          ? values.filter(function (_, i) { return wanted[trace.customdata[i]]; })
          : values;
      };
      ["x", "y", "base", "customdata", "hovertext", "text"].forEach(function (key) {
        copy[key] = pick(copy[key]);
      });
      if (copy.marker) {
        ["color", "symbol", "opacity"].forEach(function (key) {
          copy.marker[key] = pick(copy.marker[key]);
        });
        if (copy.marker.line) {
          copy.marker.line.color = pick(copy.marker.line.color);
        }
        if (copy.marker.pattern) {
          copy.marker.pattern.shape = pick(copy.marker.pattern.shape);
        }
      }
      delete copy.selectedpoints;
      return copy;
    }

    function apply() {
      var wanted = {};
      var shown = 0;
      items.forEach(function (item) {
        var on = keep(item);
        item.hidden = !on;
        if (on) {
          wanted[item.dataset.event] = true;
          shown += 1;
        }
      });
      count.textContent = shown === items.length
        ? "Showing all " + shown + " dates."
        : "Showing " + shown + " of " + items.length + " dates.";
      self.data = original.map(function (trace) {
        return trace.customdata ? filterTrace(trace, wanted) : trace;
      });
      self.marks = indexMarks(self.data);
      self.current = null;
      return window.Plotly.react(self.chart, self.data, self.chart.layout);
    }

    category.addEventListener("change", apply);
    tag.addEventListener("change", apply);
    count.textContent = "Showing all " + items.length + " dates.";
  };

  /* Site-wide timeline: give each story in the key the colour of its row. */
  function colourKey(figure) {
    var articles = (figure.layout.meta && figure.layout.meta.articles) || [];
    document.querySelectorAll("#story-key li[data-article]").forEach(function (item) {
      articles.forEach(function (article) {
        if (article.url === item.dataset.article) {
          item.style.setProperty("--key-colour", article.colour);
          item.classList.add("has-colour");
        }
      });
    });
  }

  ready(function () {
    var chart = document.getElementById(CHART_ID);
    var source = document.getElementById(DATA_ID);
    if (!chart || !source || !window.Plotly) {
      return;
    }
    var figure = JSON.parse(source.textContent);
    var timeline = new Timeline(chart, figure);
    colourKey(figure);
    timeline.draw().then(function () {
      timeline.linkList();
      timeline.linkFilters();
      window.addEventListener("hashchange", function () {
        timeline.fromHash(false);
      });
      return timeline.fromHash(true);
    });
    window.newsTimeline = timeline;
  });
})();
