// The hotline console: queue, case and report panels, replies, notes, closing, staff admin.
//
// Safety rules of this page (the CSP forbids the rest anyway): everything from the server is
// untrusted text and is only ever set with textContent, never innerHTML; no inline scripts,
// styles or event handlers; no eval; every request goes to this origin. Every non-GET request
// carries the session's CSRF token. The queue arrives over Server-Sent Events; a new emergency
// shows a banner, highlights its row and beeps (WebAudio, after a first click or key press).
(function () {
  "use strict";

  var MUTE_KEY = "helpline-console-muted";
  var TICK_MS = 30000;           // waiting times move on every 30 s
  var POLL_MS = 15000;           // queue fetched by hand while the live connection is down
  var SILENCE_MS = 45000;        // no event (the server pings every 15 s): reconnect
  var RECONNECT_MS = [1000, 2000, 5000, 10000, 20000];
  var MIN_PASSWORD = 12;
  var MUST_CHANGE = "change your password first";

  var LABELS = {
    movement_restricted: "Movement restricted",
    isolation: "Isolation",
    documents_withheld: "Documents withheld",
    debt_bondage: "Debt bondage",
    wages_withheld: "Wages withheld",
    threats_violence: "Threats or violence",
    sexual_exploitation: "Sexual exploitation",
    deception: "Deception",
    excessive_hours: "Excessive hours",
    abusive_conditions: "Abusive living or working conditions",
    abuse_of_vulnerability: "Abuse of vulnerability",
    minor: "Minor",
    immediate_danger: "Immediate danger",
    requests_human: "Asks for a human"
  };
  var PRIORITIES = { emergency: "Emergency", high: "High", normal: "Normal" };
  var CHANNELS = { sms: "SMS", whatsapp: "WhatsApp", telegram: "Telegram", webchat: "Web chat",
                   rest: "REST" };
  var OUTCOMES = {
    referred_police: "Referred to the police",
    referred_shelter: "Referred to a shelter",
    referred_health: "Referred to health care",
    information_given: "Information given",
    no_contact: "No contact",
    other: "Other"
  };
  var AUTHORS = { person: "Person", bot: "Assistant", staff: "Staff", system: "System" };

  var state = {
    session: null,          // {name, role, language, must_change_password, csrf_token}
    items: [],
    receivedAt: 0,          // when the snapshot with waiting_seconds arrived
    keys: null,             // keys of the previous snapshot (null before the first one)
    emergencies: null,      // keys of emergencies in the previous snapshot
    alerting: [],           // keys of emergencies the banner is about
    fresh: {},              // key -> true: highlighted new emergency rows
    open: null,             // {kind, id, data, updatedAt, inQueue}
    loading: null,          // key being fetched, so clicks do not race
    drafts: {},             // key -> {reply, note}
    preview: null,          // {text, translate}: what Send will send
    canned: [],
    chosenCanned: null,
    staff: [],
    outcomes: { "case": [], report: [] }
  };

  function $(id) { return document.getElementById(id); }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }

  function clear(node) {
    while (node.firstChild) { node.removeChild(node.firstChild); }
  }

  function show(node, visible) { node.hidden = !visible; }

  function str(value) { return typeof value === "string" ? value : ""; }

  function keyOf(kind, id) { return kind + ":" + id; }

  function itemKey(item) { return keyOf(item.kind === "report" ? "report" : "case", item.id); }

  // ---- Names for codes ----------------------------------------------------------------------

  var languageNames = null;
  try { languageNames = new Intl.DisplayNames(["en"], { type: "language" }); } catch (e) { /* old */ }

  function languageName(code) {
    code = str(code);
    if (!code) { return "unknown language"; }
    var name = null;
    try { name = languageNames ? languageNames.of(code) : null; } catch (e) { name = null; }
    return name && name !== code ? name + " (" + code + ")" : code;
  }

  function humanise(code) {
    code = str(code).replace(/_/g, " ");
    return code.charAt(0).toUpperCase() + code.slice(1);
  }

  function indicatorLabel(code) { return LABELS[code] || humanise(code); }
  function channelLabel(code) { return CHANNELS[code] || humanise(code); }
  function outcomeLabel(code) { return OUTCOMES[code] || humanise(code); }
  function priorityLabel(code) { return PRIORITIES[code] || humanise(code); }

  function duration(seconds) {
    var minutes = Math.floor(Math.max(0, seconds) / 60);
    if (minutes < 1) { return "under 1 min"; }
    if (minutes < 60) { return minutes + " min"; }
    var hours = Math.floor(minutes / 60);
    if (hours < 24) { return hours + " h " + (minutes % 60) + " min"; }
    return Math.floor(hours / 24) + " d " + (hours % 24) + " h";
  }

  function clock(iso) {
    var date = new Date(str(iso));
    if (isNaN(date.getTime())) { return ""; }
    var now = new Date();
    var time = date.toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit" });
    if (date.toDateString() === now.toDateString()) { return time; }
    return date.toLocaleDateString("en-GB", { day: "numeric", month: "short" }) + " " + time;
  }

  function timeNode(iso) {
    var node = el("time", "at", clock(iso));
    if (str(iso)) { node.dateTime = iso; }
    return node;
  }

  function isMine(data) {
    return !!(data && state.session && data.claimed_by === state.session.name);
  }

  function staffLanguageOf(data) {
    return str(data && data.staff_language) || (state.session ? str(state.session.language) : "");
  }

  function isSupervisor() { return !!(state.session && state.session.role === "supervisor"); }

  // ---- Server ---------------------------------------------------------------------------------

  function ApiError(status, message, data) {
    this.status = status;
    this.message = message;
    this.data = data || {};
  }

  function errorText(status, data) {
    if (data && typeof data.error === "string" && data.error) { return data.error; }
    if (status === 404) { return "Not found. It may have been closed."; }
    if (status >= 500) { return "The server had a problem. Try again in a moment."; }
    return "The request failed (" + status + ").";
  }

  // One request to the console API. 401 means the session ended (show the sign-in form);
  // 403 "change your password first" shows the password form; other errors reject with the
  // server's message so the caller can show it where the user is looking.
  function api(method, path, body) {
    var headers = { "Accept": "application/json" };
    var init = { method: method, headers: headers, credentials: "same-origin", cache: "no-store",
                 redirect: "error" };
    if (method !== "GET") {
      headers["X-CSRF-Token"] = state.session ? str(state.session.csrf_token) : "";
      headers["Content-Type"] = "application/json";
      if (method !== "DELETE" || body) { init.body = JSON.stringify(body || {}); }
    }
    return fetch(path, init).then(function (response) {
      if (response.status === 204) { return { status: 204, data: null }; }
      return response.json().then(function (data) {
        return { status: response.status, data: data };
      }, function () {
        return { status: response.status, data: null };
      });
    }, function () {
      throw new ApiError(0, "The server cannot be reached. Check the connection and try again.");
    }).then(function (result) {
      var status = result.status;
      var data = result.data;
      if (status >= 200 && status < 300) { return data; }
      var message = errorText(status, data);
      if (status === 401 && path !== "/api/session") {
        signedOut("You were signed out. Please sign in again.");
      } else if (status === 403 && message === MUST_CHANGE && path !== "/api/session/password") {
        showPasswordForm(true);
      }
      throw new ApiError(status, message, data);
    });
  }

  function caseBase(kind, id) {
    return (kind === "report" ? "/api/reports/" : "/api/cases/") + encodeURIComponent(id);
  }

  // ---- Views ----------------------------------------------------------------------------------

  function showView(name) {
    show($("login-view"), name === "login");
    show($("password-view"), name === "password");
    show($("console-view"), name === "console");
    show($("user-bar"), name !== "login" && !!state.session);
    if (name !== "console") { show($("admin-panel"), false); }
  }

  function formError(id, message) {
    var node = $(id);
    node.textContent = message || "";
    show(node, !!message);
  }

  function setBusy(button, busy) {
    button.disabled = busy;
    button.setAttribute("aria-busy", busy ? "true" : "false");
  }

  // ---- Sign in, password, sign out ------------------------------------------------------------

  function startSession(session) {
    state.session = session;
    $("user-name").textContent = str(session.name) + " · " + humanise(session.role);
    show($("admin-button"), isSupervisor());
    if (session.must_change_password) {
      showPasswordForm(true);
      return;
    }
    showView("console");
    loadReferenceData();
    connectEvents();
    fetchQueue();
  }

  function signedOut(message) {
    disconnectEvents();
    closePanel("");
    $("reply-text").value = "";
    $("note-text").value = "";
    state.session = null;
    state.items = [];
    state.keys = null;
    state.emergencies = null;
    state.alerting = [];
    state.fresh = {};
    state.drafts = {};
    clear($("queue"));
    hideBanner();
    setConnection("offline");
    $("login-password").value = "";
    formError("login-error", message || "");
    showView("login");
    $("login-name").focus();
  }

  $("login-form").addEventListener("submit", function (event) {
    event.preventDefault();
    var name = $("login-name").value.trim();
    var password = $("login-password").value;
    if (!name || !password) {
      formError("login-error", "Enter your name and password.");
      return;
    }
    formError("login-error", "");
    setBusy($("login-button"), true);
    api("POST", "/api/session", { name: name, password: password }).then(function (session) {
      $("login-password").value = "";
      startSession(session);
    }).catch(function (error) {
      var message = error.message;
      if (error.status === 401) {
        message = "The name or password is wrong.";
      } else if (error.status === 423) {
        var until = clock(error.data.locked_until);
        message = "Too many failed attempts. Sign-in is locked" +
          (until ? " until " + until : " for a while") + ". A supervisor can help.";
      }
      formError("login-error", message);
      $("login-password").focus();
    }).then(function () { setBusy($("login-button"), false); });
  });

  function showPasswordForm(required) {
    var form = $("password-form");
    form.reset();
    formError("password-error", "");
    form.setAttribute("data-required", required ? "true" : "false");
    $("password-username").value = state.session ? str(state.session.name) : "";
    $("password-reason").textContent = required
      ? "Your password was set by a supervisor. Choose your own before you continue: at least " +
        MIN_PASSWORD + " characters."
      : "At least " + MIN_PASSWORD + " characters.";
    show($("password-cancel"), !required);
    if (required) { disconnectEvents(); }
    showView("password");
    $("current-password").focus();
  }

  $("password-form").addEventListener("submit", function (event) {
    event.preventDefault();
    var current = $("current-password").value;
    var fresh = $("new-password").value;
    var again = $("new-password-confirm").value;
    if (!current) { return formError("password-error", "Enter your current password."); }
    if (fresh.length < MIN_PASSWORD) {
      return formError("password-error",
                       "The new password needs at least " + MIN_PASSWORD + " characters.");
    }
    if (fresh !== again) {
      return formError("password-error", "The two new passwords are not the same.");
    }
    if (fresh === current) {
      return formError("password-error", "The new password must differ from the current one.");
    }
    formError("password-error", "");
    setBusy($("password-button"), true);
    api("POST", "/api/session/password", { current_password: current, new_password: fresh })
      .then(function (session) {
        $("password-form").reset();
        var wasConnected = !!source;
        if (wasConnected) {
          state.session = session;
          showView("console");
        } else {
          startSession(session);
        }
        panelStatus("Your password was changed.");
      }).catch(function (error) {
        formError("password-error", error.message);
      }).then(function () { setBusy($("password-button"), false); });
  });

  $("password-cancel").addEventListener("click", function () {
    $("password-form").reset();
    showView("console");
  });

  $("change-password-button").addEventListener("click", function () { showPasswordForm(false); });

  $("logout-button").addEventListener("click", function () {
    api("DELETE", "/api/session").catch(function () { /* signed out here either way */ })
      .then(function () { signedOut("You are signed out."); });
  });

  // ---- Live queue -----------------------------------------------------------------------------

  var source = null;
  var reconnectTimer = null;
  var reconnectAttempt = 0;
  var lastEventAt = 0;

  function setConnection(kind) {
    var node = $("connection-state");
    var text = { live: "Live", connecting: "Connecting…", reconnecting: "Reconnecting…",
                 offline: "Not connected" }[kind];
    node.setAttribute("data-state", kind);
    if (node.textContent !== text) { node.textContent = text; }
  }

  function connectEvents() {
    disconnectEvents();
    if (!state.session || typeof window.EventSource !== "function") { return; }
    setConnection(reconnectAttempt ? "reconnecting" : "connecting");
    lastEventAt = Date.now();
    source = new EventSource("/api/events");
    source.addEventListener("open", function () {
      lastEventAt = Date.now();
    });
    source.addEventListener("queue", function (event) {
      lastEventAt = Date.now();
      reconnectAttempt = 0;
      setConnection("live");
      var data = null;
      try { data = JSON.parse(event.data); } catch (e) { data = null; }
      if (data) { applyQueue(data); }
    });
    source.addEventListener("ping", function () {
      lastEventAt = Date.now();
      setConnection("live");
    });
    source.addEventListener("error", function () {
      if (!source) { return; }
      setConnection("reconnecting");
      // EventSource retries by itself after a dropped stream, but gives up for good after an
      // HTTP error (401, 403, 5xx): then check the session and open a new one ourselves.
      if (source.readyState === 2) { scheduleReconnect(); }
    });
  }

  function disconnectEvents() {
    if (source) { source.close(); }
    source = null;
    if (reconnectTimer) { window.clearTimeout(reconnectTimer); }
    reconnectTimer = null;
  }

  function scheduleReconnect() {
    disconnectEvents();
    setConnection("reconnecting");
    var delay = RECONNECT_MS[Math.min(reconnectAttempt, RECONNECT_MS.length - 1)];
    reconnectAttempt += 1;
    reconnectTimer = window.setTimeout(function () {
      reconnectTimer = null;
      api("GET", "/api/session").then(function (session) {
        state.session = session;
        if (!session.must_change_password) { connectEvents(); }
      }).catch(function (error) {
        if (error.status === 401) { signedOut("You were signed out. Please sign in again."); }
        else if (state.session) { scheduleReconnect(); }
      });
    }, delay);
  }

  function fetchQueue() {
    return api("GET", "/api/queue").then(applyQueue).catch(function () { /* next tick */ });
  }

  // While the live connection is down, fetch the queue by hand; a silent stream is restarted.
  window.setInterval(function () {
    if (!state.session || state.session.must_change_password || $("console-view").hidden) {
      return;
    }
    var live = $("connection-state").getAttribute("data-state") === "live";
    if (!live) { fetchQueue(); }
    if (source && Date.now() - lastEventAt > SILENCE_MS) { scheduleReconnect(); }
  }, POLL_MS);

  function applyQueue(data) {
    if (!data || !Array.isArray(data.items)) { return; }
    var items = data.items.filter(function (item) {
      return item && typeof item === "object" && item.id !== undefined && item.id !== null;
    });
    var keys = {};
    var alertable = {};  // emergencies nobody else has taken: the banner is about these
    var emergencies = {};
    var arrived = [];
    var newEmergencies = [];
    items.forEach(function (item) {
      var key = itemKey(item);
      keys[key] = true;
      if (state.keys && !state.keys[key]) { arrived.push(item); }
      if (item.priority === "emergency") {
        emergencies[key] = true;
        alertable[key] = item.status === "waiting" || !item.claimed_by || isMine(item);
        // A case raised to emergency counts as new as well as one that just arrived.
        if (state.emergencies && !state.emergencies[key]) { newEmergencies.push(item); }
      }
    });
    var first = state.keys === null;
    state.items = items;
    state.receivedAt = Date.now();
    state.keys = keys;
    state.emergencies = emergencies;

    state.alerting = state.alerting.filter(function (key) { return alertable[key]; });
    Object.keys(state.fresh).forEach(function (key) { if (!keys[key]) { delete state.fresh[key]; } });
    newEmergencies.forEach(function (item) {
      var key = itemKey(item);
      state.fresh[key] = true;
      if (alertable[key] && state.alerting.indexOf(key) < 0) { state.alerting.push(key); }
    });
    if (first) {
      // Signing in with emergencies already waiting: say so, without a sound.
      Object.keys(alertable).forEach(function (key) {
        if (alertable[key]) { state.alerting.push(key); }
      });
    }

    renderQueue();
    renderBanner();
    if (newEmergencies.length) { beep(); }
    announce(arrived, newEmergencies);
    followOpenItem();
  }

  function describe(item) {
    var what = item.kind === "report"
      ? "report " + (str(item.reference) || "#" + item.id)
      : "case #" + item.id;
    return what + ", " + languageName(item.language) + ", " + channelLabel(item.channel);
  }

  function announce(arrived, newEmergencies) {
    var parts = [];
    newEmergencies.forEach(function (item) { parts.push("Emergency: " + describe(item)); });
    arrived.forEach(function (item) {
      if (item.priority !== "emergency") {
        parts.push("New " + priorityLabel(item.priority).toLowerCase() + " " + describe(item));
      }
    });
    if (parts.length) { $("announcer").textContent = parts.join(". ") + "."; }
  }

  function waitingSeconds(item) {
    var base = typeof item.waiting_seconds === "number" ? item.waiting_seconds : null;
    if (base === null) {
      var created = new Date(str(item.created_at)).getTime();
      return isNaN(created) ? 0 : (Date.now() - created) / 1000;
    }
    return base + (Date.now() - state.receivedAt) / 1000;
  }

  function waitingText(item) {
    var waited = duration(waitingSeconds(item));
    if (item.status === "claimed" || item.claimed_by) {
      var who = isMine(item) ? "you" : str(item.claimed_by) || "someone";
      return "Claimed by " + who + " · " + waited;
    }
    return "Waiting " + waited;
  }

  function badge(text, kind) {
    return el("span", "badge" + (kind ? " badge-" + kind : ""), text);
  }

  function priorityBadge(priority) {
    var safe = PRIORITIES[priority] ? priority : "normal";
    return badge(priorityLabel(priority), safe);
  }

  function renderQueue() {
    var list = $("queue");
    var focusedKey = document.activeElement && document.activeElement.getAttribute
      ? document.activeElement.getAttribute("data-key") : null;
    clear(list);
    var openKey = state.open ? keyOf(state.open.kind, state.open.id) : null;
    state.items.forEach(function (item) {
      var key = itemKey(item);
      var kind = item.kind === "report" ? "report" : "case";
      var row = el("li", "queue-item priority-" + (PRIORITIES[item.priority] ? item.priority : "normal"));
      row.setAttribute("data-testid", "queue-item");
      row.setAttribute("data-kind", kind);
      row.setAttribute("data-id", String(item.id));
      row.setAttribute("data-priority", str(item.priority));
      row.setAttribute("data-status", str(item.status));
      if (state.fresh[key]) { row.classList.add("is-new"); }
      if (isMine(item)) { row.classList.add("is-mine"); }

      var button = el("button", "queue-button");
      button.type = "button";
      button.setAttribute("data-key", key);
      if (key === openKey) {
        button.setAttribute("aria-current", "true");
        row.classList.add("is-open");
      }

      var top = el("span", "queue-top");
      top.appendChild(priorityBadge(item.priority));
      if (kind === "report") {
        top.appendChild(badge("Report", "report"));
        top.appendChild(el("span", "queue-ref", str(item.reference) || "#" + item.id));
      } else {
        top.appendChild(el("span", "queue-ref", "Case #" + item.id));
      }
      if (isMine(item)) { top.appendChild(badge("Yours", "mine")); }
      button.appendChild(top);

      button.appendChild(el("span", "queue-meta",
        languageName(item.language) + " · " + channelLabel(item.channel)));

      var text = kind === "report"
        ? [humanise(item.place_kind), str(item.location)].filter(Boolean).join(" · ")
        : str(item.summary);
      if (text) { button.appendChild(el("span", "queue-summary", text)); }

      var codes = Array.isArray(item.indicators) ? item.indicators : [];
      if (codes.length) {
        var tags = el("span", "queue-tags");
        codes.slice(0, 3).forEach(function (code) {
          tags.appendChild(badge(indicatorLabel(code), "indicator"));
        });
        if (codes.length > 3) { tags.appendChild(el("span", "more", "+" + (codes.length - 3))); }
        button.appendChild(tags);
      }
      var waiting = el("span", "queue-waiting", waitingText(item));
      waiting.setAttribute("data-testid", "waiting");
      button.appendChild(waiting);

      button.addEventListener("click", function () { openItem(kind, item.id, true); });
      row.appendChild(button);
      list.appendChild(row);
    });
    $("queue-count").textContent = "(" + state.items.length + ")";
    show($("queue-empty"), state.items.length === 0);
    if (focusedKey) {
      var again = list.querySelector("[data-key=\"" + focusedKey.replace(/[^a-z0-9:_-]/gi, "") + "\"]");
      if (again) { again.focus(); }
    }
  }

  // Waiting times tick without a new snapshot.
  window.setInterval(function () {
    var rows = $("queue").querySelectorAll("[data-testid=waiting]");
    Array.prototype.forEach.call(rows, function (node, index) {
      var item = state.items[index];
      if (item) { node.textContent = waitingText(item); }
    });
    if (state.open && state.open.data && state.open.inQueue) { renderMeta(state.open.data); }
  }, TICK_MS);

  // ---- Emergency alert ------------------------------------------------------------------------

  function renderBanner() {
    var items = state.items.filter(function (item) {
      return state.alerting.indexOf(itemKey(item)) >= 0;
    });
    if (!items.length) { return hideBanner(); }
    var text = items.length === 1
      ? "Emergency: " + describe(items[0]) + " — " + waitingText(items[0]) + "."
      : items.length + " emergencies need someone now. The first: " + describe(items[0]) + ".";
    $("alert-text").textContent = text;
    $("alert-banner").setAttribute("data-key", itemKey(items[0]));
    show($("alert-banner"), true);
  }

  function hideBanner() {
    show($("alert-banner"), false);
    $("alert-banner").removeAttribute("data-key");
  }

  $("alert-open").addEventListener("click", function () {
    var key = $("alert-banner").getAttribute("data-key") || "";
    var split = key.indexOf(":");
    if (split < 0) { return; }
    openItem(key.slice(0, split), key.slice(split + 1), true);
  });

  $("alert-dismiss").addEventListener("click", function () {
    state.alerting = [];
    hideBanner();
  });

  function acknowledge(key) {
    state.alerting = state.alerting.filter(function (k) { return k !== key; });
    delete state.fresh[key];
    Array.prototype.forEach.call($("queue").querySelectorAll(".queue-button"), function (button) {
      if (button.getAttribute("data-key") === key) { button.parentNode.classList.remove("is-new"); }
    });
    renderBanner();
  }

  // Browsers allow sound only after a user gesture: the context is made on the first one.
  var audio = null;
  var muted = false;
  try { muted = window.localStorage.getItem(MUTE_KEY) === "1"; } catch (e) { muted = false; }

  function unlockAudio() {
    var Context = window.AudioContext || window.webkitAudioContext;
    if (!Context) { return; }
    try {
      if (!audio) { audio = new Context(); }
      if (audio.state === "suspended") { audio.resume(); }
    } catch (e) { audio = null; }
  }
  document.addEventListener("pointerdown", unlockAudio, true);
  document.addEventListener("keydown", unlockAudio, true);

  function beep() {
    if (muted || !audio || audio.state !== "running") { return; }
    var start = audio.currentTime + 0.02;
    [0, 0.3, 0.6].forEach(function (offset) {
      var tone = audio.createOscillator();
      var gain = audio.createGain();
      tone.type = "sine";
      tone.frequency.value = offset === 0.3 ? 660 : 880;
      gain.gain.setValueAtTime(0.0001, start + offset);
      gain.gain.exponentialRampToValueAtTime(0.25, start + offset + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + offset + 0.22);
      tone.connect(gain);
      gain.connect(audio.destination);
      tone.start(start + offset);
      tone.stop(start + offset + 0.25);
    });
    var banner = $("alert-banner");
    banner.setAttribute("data-beeps", String(Number(banner.getAttribute("data-beeps") || 0) + 1));
  }

  function renderMute() {
    var button = $("mute-button");
    button.setAttribute("aria-pressed", muted ? "true" : "false");
    button.textContent = muted ? "Sound off" : "Sound on";
    button.title = muted ? "Emergency sound is off. Press to turn it on."
                         : "Emergency sound is on. Press to turn it off.";
  }

  $("mute-button").addEventListener("click", function () {
    muted = !muted;
    try { window.localStorage.setItem(MUTE_KEY, muted ? "1" : "0"); } catch (e) { /* page only */ }
    renderMute();
  });

  // ---- Reference data: staff and outcomes -----------------------------------------------------

  function loadReferenceData() {
    api("GET", "/api/outcomes").then(function (data) {
      state.outcomes = {
        "case": Array.isArray(data && data["case"]) ? data["case"] : [],
        report: Array.isArray(data && data.report) ? data.report : []
      };
      if (state.open) { renderOutcomes(state.open.kind); }
    }).catch(function () { /* shown as an empty list; closing then says why */ });
    loadStaff();
  }

  function loadStaff() {
    return api("GET", "/api/staff").then(function (data) {
      state.staff = Array.isArray(data && data.items) ? data.items : [];
      if (state.open) { renderTransfer(state.open.data); }
    }).catch(function () { state.staff = []; });
  }

  function renderOutcomes(kind) {
    var select = $("close-outcome");
    var chosen = select.value;
    clear(select);
    var none = el("option", null, "Choose an outcome");
    none.value = "";
    select.appendChild(none);
    (state.outcomes[kind] || []).forEach(function (code) {
      var option = el("option", null, outcomeLabel(code));
      option.value = str(code);
      select.appendChild(option);
    });
    select.value = chosen;
    if (select.value !== chosen) { select.value = ""; }
  }

  function renderTransfer(data) {
    var select = $("transfer-select");
    var chosen = select.value;
    clear(select);
    var none = el("option", null, "Choose a colleague");
    none.value = "";
    select.appendChild(none);
    state.staff.forEach(function (member) {
      var name = str(member && member.name);
      if (!name || (state.session && name === state.session.name) ||
          (data && name === data.claimed_by)) { return; }
      var option = el("option", null,
        name + " (" + humanise(member.role) + ", " + languageName(member.language) + ")");
      option.value = name;
      select.appendChild(option);
    });
    select.value = chosen;
    if (select.value !== chosen) { select.value = ""; }
  }

  // ---- Case and report panel ------------------------------------------------------------------

  function panelStatus(message) { $("panel-status").textContent = message || ""; }

  function caseMessage(message, kind) {
    var node = $("case-message");
    node.textContent = message || "";
    node.setAttribute("data-kind", kind || "info");
  }

  function saveDraft() {
    if (!state.open) { return; }
    state.drafts[keyOf(state.open.kind, state.open.id)] = {
      reply: $("reply-text").value, note: $("note-text").value
    };
  }

  function resetComposer() {
    state.preview = null;
    state.chosenCanned = null;
    show($("reply-preview"), false);
    show($("canned-preview"), false);
    show($("close-confirm"), false);
    $("confirm-untranslated").checked = false;
  }

  function closePanel(message) {
    saveDraft();
    state.open = null;
    resetComposer();
    show($("case-body"), false);
    show($("case-empty"), true);
    panelStatus(message);
    renderQueueSelection();
  }

  function renderQueueSelection() {
    var openKey = state.open ? keyOf(state.open.kind, state.open.id) : null;
    Array.prototype.forEach.call($("queue").querySelectorAll(".queue-button"), function (button) {
      var current = button.getAttribute("data-key") === openKey;
      if (current) { button.setAttribute("aria-current", "true"); }
      else { button.removeAttribute("aria-current"); }
      button.parentNode.classList.toggle("is-open", current);
    });
  }

  function openItem(kind, id, userAction) {
    kind = kind === "report" ? "report" : "case";
    var key = keyOf(kind, id);
    var same = state.open && keyOf(state.open.kind, state.open.id) === key;
    if (!same) {
      saveDraft();
      resetComposer();
      var draft = state.drafts[key] || { reply: "", note: "" };
      $("reply-text").value = draft.reply;
      $("note-text").value = draft.note;
      state.canned = [];
      state.open = { kind: kind, id: id, data: null, inQueue: true,
                     stamp: stampOf(queueItem(kind, id)), again: false };
      caseMessage("");
      clear($("transcript"));
      $("case-title").textContent = (kind === "report" ? "Report" : "Case #" + id);
      show($("case-body"), true);
      show($("case-empty"), false);
    }
    acknowledge(key);
    renderQueueSelection();
    return loadOpen(userAction, !same);
  }

  function loadOpen(focus, firstLoad) {
    var open = state.open;
    if (!open) { return Promise.resolve(); }
    var key = keyOf(open.kind, open.id);
    state.loading = key;
    var base = caseBase(open.kind, open.id);
    return api("GET", base).then(function (data) {
      if (!state.open || keyOf(state.open.kind, state.open.id) !== key) { return; }
      renderOpen(data, firstLoad);
      if (firstLoad && open.kind === "case") { loadCanned(); }
      if (isSupervisor() && open.kind === "case") { loadAudit(); }
      if (focus) { focusPanel(); }
    }).catch(function (error) {
      if (!state.open || keyOf(state.open.kind, state.open.id) !== key) { return; }
      if (error.status === 404) {
        closePanel("That " + (open.kind === "report" ? "report" : "case") +
                   " is no longer available.");
      } else {
        caseMessage(error.message, "error");
      }
    }).then(function () {
      if (state.loading === key) { state.loading = null; }
      if (state.open === open && open.again) {
        open.again = false;
        loadOpen(false, false);
      }
    });
  }

  function focusPanel() {
    var title = $("case-title");
    if (window.matchMedia && window.matchMedia("(max-width: 63.99rem)").matches) {
      $("case-panel").scrollIntoView({ block: "start" });
    }
    title.focus({ preventScroll: true });
  }

  $("back-to-queue").addEventListener("click", function () {
    var key = state.open ? keyOf(state.open.kind, state.open.id) : "";
    $("queue-pane").scrollIntoView({ block: "start" });
    var button = $("queue").querySelector("[data-key=\"" + key.replace(/[^a-z0-9:_-]/gi, "") + "\"]");
    (button || $("queue-heading")).focus();
  });

  function queueItem(kind, id) {
    var key = keyOf(kind, id);
    var found = null;
    state.items.forEach(function (item) { if (itemKey(item) === key) { found = item; } });
    return found;
  }

  // What in a queue row says the open item changed. Compared with the previous row, never with
  // the case itself, so a difference between the two shapes cannot cause a reload loop.
  function stampOf(item) {
    return item ? [item.updated_at, item.status, item.claimed_by, item.priority].map(str).join("|")
                : "";
  }

  // A new queue snapshot: refresh the open item when it changed on the server, and while one
  // of our replies is still being delivered (its status changes without a new message).
  function followOpenItem() {
    var open = state.open;
    if (!open || !open.data) { return; }
    var item = queueItem(open.kind, open.id);
    if (!item) {
      if (open.inQueue) {
        open.inQueue = false;
        refreshOpen();  // closed or taken away elsewhere: show how it ended
      }
      return;
    }
    open.inQueue = true;
    var pending = open.kind === "case" && Array.isArray(open.data.transcript) &&
      open.data.transcript.some(function (line) { return line && line.delivery_status === "pending"; });
    var stamp = stampOf(item);
    if (stamp !== open.stamp || pending) {
      open.stamp = stamp;
      refreshOpen();
    }
  }

  function refreshOpen() {
    var open = state.open;
    if (!open) { return; }
    if (state.loading === keyOf(open.kind, open.id)) { open.again = true; return; }
    loadOpen(false, false);
  }

  function renderOpen(data, firstLoad) {
    var open = state.open;
    open.data = data;
    var isReport = open.kind === "report";
    var closed = data.status === "closed" || !!data.outcome;

    $("case-title").textContent = isReport
      ? "Report " + (str(data.reference) || "#" + data.id)
      : "Case #" + data.id;
    var badges = $("case-badges");
    clear(badges);
    badges.appendChild(priorityBadge(data.priority));
    if (isReport) { badges.appendChild(badge("Report", "report")); }
    if (closed) { badges.appendChild(badge("Closed", "closed")); }
    renderMeta(data);

    var claim = $("case-claim-state");
    if (closed) {
      claim.textContent = "Closed" + (data.outcome ? ": " + outcomeLabel(data.outcome) : "") + ".";
    } else if (isMine(data)) {
      claim.textContent = "You have claimed this " + (isReport ? "report." : "case.");
    } else if (data.claimed_by) {
      claim.textContent = "Claimed by " + data.claimed_by + ".";
    } else {
      claim.textContent = "Waiting for someone to claim it.";
    }
    claim.setAttribute("data-claimed-by", str(data.claimed_by));

    // What the server allows: the holder or a supervisor releases; anyone may transfer or
    // close an unclaimed item; a claimed one only its holder or a supervisor.
    var mine = isMine(data) && !closed;
    var mayChange = !closed && (!data.claimed_by || mine || isSupervisor());
    show($("claim-button"), !closed && !data.claimed_by);
    $("claim-button").disabled = false;
    show($("release-button"), mayChange && !!data.claimed_by);
    show($("transfer-group"), !isReport && mayChange);
    renderTransfer(data);

    show($("why-section"), !isReport);
    show($("report-section"), isReport);
    if (isReport) { renderReport(data); } else { renderWhy(data); }

    show($("transcript-section"), !isReport);
    show($("reply-section"), !isReport && !closed);
    if (!isReport) {
      renderTranscript(data, firstLoad);
      renderReplyState(data);
    }
    renderNotes(data);
    show($("notes-section"), true);
    $("note-text").disabled = closed;
    $("note-button").disabled = closed;

    show($("close-section"), !closed);
    renderOutcomes(open.kind);
    $("close-outcome").disabled = !mayChange;
    $("close-button").disabled = !mayChange;
    if (!mayChange) { show($("close-confirm"), false); }

    show($("audit-section"), isSupervisor() && !isReport);
  }

  function renderMeta(data) {
    var parts = [languageName(data.language), channelLabel(data.channel)];
    if (data.created_at) { parts.push("opened " + clock(data.created_at)); }
    var item = state.open ? queueItem(state.open.kind, state.open.id) : null;
    if (item) { parts.push(waitingText(item)); }
    $("case-meta").textContent = parts.join(" · ");
  }

  function renderWhy(data) {
    $("case-summary").textContent = str(data.summary);
    show($("case-summary"), !!str(data.summary));
    var list = $("indicator-list");
    clear(list);
    var evidence = data.evidence && typeof data.evidence === "object" ? data.evidence : {};
    (Array.isArray(data.indicators) ? data.indicators : []).forEach(function (code) {
      var row = el("li", "indicator");
      row.setAttribute("data-code", str(code));
      row.appendChild(badge(indicatorLabel(code), "indicator"));
      var words = Array.isArray(evidence[code]) ? evidence[code].filter(function (w) {
        return typeof w === "string" && w;
      }) : [];
      if (words.length) {
        var why = el("span", "why");
        why.appendChild(el("span", "visually-hidden", "Her words: "));
        words.forEach(function (word, index) {
          if (index) { why.appendChild(document.createTextNode(", ")); }
          var quoted = el("q", "evidence", word);
          if (str(data.language)) { quoted.lang = data.language; }
          why.appendChild(quoted);
        });
        row.appendChild(why);
      }
      list.appendChild(row);
    });
    show(list, list.childNodes.length > 0);
    var reasons = $("reason-list");
    clear(reasons);
    (Array.isArray(data.reasons) ? data.reasons : []).forEach(function (reason) {
      reasons.appendChild(el("li", null, reason));
    });
    show(reasons, reasons.childNodes.length > 0);
  }

  function addField(list, label, value, className) {
    var term = el("dt", null, label);
    var detail = el("dd", className || null);
    if (value instanceof Node) { detail.appendChild(value); } else { detail.textContent = value; }
    list.appendChild(term);
    list.appendChild(detail);
  }

  function listText(value, labeller) {
    if (Array.isArray(value)) {
      return value.filter(function (v) { return typeof v === "string" && v; })
        .map(labeller || function (v) { return v; }).join(", ");
    }
    return str(value);
  }

  function renderReport(data) {
    var list = $("report-fields");
    clear(list);
    var danger = data.danger_now === true;
    addField(list, "Danger now", danger ? "Yes — someone may be in danger now" :
             data.danger_now === false ? "No" : "Not said", danger ? "danger" : null);
    addField(list, "Place", humanise(data.place_kind) || "Not said");
    addField(list, "Location", str(data.location) || "Not said");
    addField(list, "What was seen", str(data.description) || "Not said", "long-text");
    addField(list, "Signs", listText(data.signs, humanise) || "None ticked");
    if (Array.isArray(data.indicators) && data.indicators.length) {
      addField(list, "Indicators", listText(data.indicators, indicatorLabel));
    }
    addField(list, "When", str(data.seen_when) || "Not said");
    addField(list, "Reported by", humanise(data.reporter_role) || "Not said");
    addField(list, "Contact", str(data.contact) || "Anonymous");
    addField(list, "Received", clock(data.created_at) + " · " + languageName(data.language) +
             " · " + channelLabel(data.channel));
    var additions = $("report-additions");
    clear(additions);
    (Array.isArray(data.additions) ? data.additions : []).forEach(function (addition) {
      var row = el("li", "addition");
      row.appendChild(timeNode(addition && addition.at));
      row.appendChild(el("p", "long-text", str(addition && addition.text)));
      additions.appendChild(row);
    });
    if (!additions.childNodes.length) { additions.appendChild(el("li", "empty", "Nothing yet.")); }
  }

  function transcriptLine(line, data) {
    var author = AUTHORS[line.author] ? line.author : "system";
    var row = el("li", "line line-" + author);
    row.setAttribute("data-testid", "transcript-line");
    row.setAttribute("data-author", author);
    if (line.id !== undefined && line.id !== null) { row.setAttribute("data-id", String(line.id)); }

    var head = el("p", "line-head");
    var who = AUTHORS[author];
    if (author === "staff") {
      who = str(line.author_name) || who;
      if (state.session && who === state.session.name) { who += " (you)"; }
    }
    head.appendChild(el("span", "who", who));
    head.appendChild(timeNode(line.at));
    if (str(line.language) && author !== "system") {
      head.appendChild(el("span", "lang", languageName(line.language)));
    }
    row.appendChild(head);

    var text = el("p", "text", str(line.text));
    text.setAttribute("data-testid", "original");
    if (str(line.language)) { text.lang = line.language; }
    text.dir = "auto";
    row.appendChild(text);

    var translation = line.translation && typeof line.translation === "object"
      ? line.translation : null;
    if (translation && str(translation.text)) {
      var box = el("div", "translation");
      box.setAttribute("data-testid", "translation");
      box.appendChild(el("p", "label", (translation.machine === false ? "Translation" :
        "Machine translation") + " (" + languageName(line.language) + " → " +
        languageName(translation.language || staffLanguageOf(data)) + ")"));
      var translated = el("p", "text", translation.text);
      if (str(translation.language)) { translated.lang = translation.language; }
      translated.dir = "auto";
      box.appendChild(translated);
      row.appendChild(box);
    }

    if (author === "staff" && str(line.original_text) && line.original_text !== line.text) {
      // A machine-translated reply keeps what she wrote; a canned one its staff-side label.
      var written = el("div", "translation");
      written.appendChild(el("p", "label", line.machine_translated === false
        ? "In " + languageName(line.original_language)
        : "Written in " + languageName(line.original_language) + "; sent as machine translation"));
      var original = el("p", "text", line.original_text);
      if (str(line.original_language)) { original.lang = line.original_language; }
      written.appendChild(original);
      row.appendChild(written);
    }

    if (author === "staff" && line.delivery_status) {
      var status = str(line.delivery_status);
      var detail = str(line.delivery_detail);
      var delivery = el("p", "delivery delivery-" + status.replace(/[^a-z_]/g, ""), {
        pending: "Sending…",
        sent: "Sent ✓",
        failed: "Not delivered" + (detail ? ": " + detail : ""),
        no_address: "Not delivered: there is no address to reply to" +
          (detail ? " (" + detail + ")" : "")
      }[status] || humanise(status));
      delivery.setAttribute("data-testid", "delivery");
      delivery.setAttribute("data-status", status);
      row.appendChild(delivery);
    }
    return row;
  }

  function renderTranscript(data, firstLoad) {
    var list = $("transcript");
    var nearBottom = list.scrollHeight - list.scrollTop - list.clientHeight < 80;
    clear(list);
    (Array.isArray(data.transcript) ? data.transcript : []).forEach(function (line) {
      if (line && typeof line === "object") { list.appendChild(transcriptLine(line, data)); }
    });
    if (firstLoad || nearBottom) { list.scrollTop = list.scrollHeight; }

    var note = $("translation-note");
    var staffLanguage = staffLanguageOf(data);
    var needsModel = str(data.language) && staffLanguage && data.language !== staffLanguage;
    if (needsModel && data.translation_available === false) {
      note.textContent = "No translation model for " + languageName(data.language) + " → " +
        languageName(staffLanguage) + " is installed. Her messages are shown as she " +
        "wrote them. Use the ready-made replies below: they are in her language.";
      show(note, true);
    } else {
      show(note, false);
    }
  }

  function renderReplyState(data) {
    var mine = isMine(data);
    var section = $("reply-section");
    section.classList.toggle("is-disabled", !mine);
    show($("reply-disabled-note"), !mine);
    $("reply-disabled-note").textContent = data.claimed_by && !mine
      ? "Only " + data.claimed_by + ", who claimed this case, can reply."
      : "Claim the case to reply.";
    $("reply-text").disabled = !mine;
    $("preview-button").disabled = !mine;
    $("send-button").disabled = !mine || !previewReady();
    Array.prototype.forEach.call($("canned-list").querySelectorAll("button"), function (button) {
      button.disabled = !mine;
    });
    $("canned-send-button").disabled = !mine;
    if (!mine) { show($("reply-preview"), false); state.preview = null; }

    var staffLanguage = languageName(staffLanguageOf(data));
    var same = str(data.language) && data.language === staffLanguageOf(data);
    $("reply-label").textContent = same
      ? "Your reply (in " + staffLanguage + ")"
      : "Your reply (in " + staffLanguage + "; you can preview the translation before sending)";
    $("preview-button").textContent = same ? "Preview" : "Preview translation";

    var noModel = !same && (data.reply_translation_available === false ||
                            data.translation_available === false);
    $("canned-section").classList.toggle("is-recommended", noModel);
    var recommend = $("canned-recommend");
    if (noModel) {
      recommend.textContent = data.reply_translation_available === false
        ? "No translation model for " + staffLanguage + " → " + languageName(data.language) +
          " is installed: a reply you write would reach her untranslated. Prefer these."
        : "These replies are already in " + languageName(data.language) + ".";
    }
    show(recommend, noModel);
  }

  function renderNotes(data) {
    var list = $("note-list");
    clear(list);
    (Array.isArray(data.notes) ? data.notes : []).forEach(function (note) {
      list.appendChild(noteItem(note));
    });
    if (!list.childNodes.length) { list.appendChild(el("li", "empty", "No notes yet.")); }
  }

  function noteItem(note) {
    var row = el("li", "note");
    row.setAttribute("data-testid", "note");
    var head = el("p", "line-head");
    head.appendChild(el("span", "who", str(note && note.author) || "Staff"));
    head.appendChild(timeNode(note && note.at));
    head.appendChild(el("span", "private", "Private"));
    row.appendChild(head);
    row.appendChild(el("p", "text", str(note && note.text)));
    return row;
  }

  function loadAudit() {
    var open = state.open;
    if (!open) { return; }
    api("GET", caseBase(open.kind, open.id) + "/audit").then(function (data) {
      if (state.open !== open) { return; }
      renderAudit($("audit-list"), data && data.items);
    }).catch(function (error) {
      if (state.open !== open) { return; }
      clear($("audit-list"));
      $("audit-list").appendChild(el("li", "empty", error.message));
    });
  }

  function renderAudit(list, items) {
    clear(list);
    (Array.isArray(items) ? items : []).forEach(function (entry) {
      if (!entry || typeof entry !== "object") { return; }
      var row = el("li", "audit-entry");
      row.appendChild(timeNode(entry.at));
      row.appendChild(el("span", "actor", str(entry.actor) || "system"));
      row.appendChild(el("span", "action", humanise(entry.action)));
      var detail = entry.detail;
      if (detail && typeof detail === "object") {
        detail = Object.keys(detail).map(function (key) {
          var value = detail[key];
          return key + ": " + (typeof value === "object" ? JSON.stringify(value) : String(value));
        }).join(", ");
      }
      if (detail !== undefined && detail !== null && String(detail)) {
        row.appendChild(el("span", "detail", String(detail)));
      }
      list.appendChild(row);
    });
    if (!list.childNodes.length) { list.appendChild(el("li", "empty", "Nothing recorded yet.")); }
  }

  // ---- Actions on the open item ---------------------------------------------------------------

  function act(button, path, body, done) {
    var open = state.open;
    if (!open) { return Promise.resolve(); }
    setBusy(button, true);
    caseMessage("");
    return api("POST", caseBase(open.kind, open.id) + path, body).then(function (data) {
      if (state.open === open && done) { done(data); }
    }).catch(function (error) {
      if (state.open !== open) { return; }
      caseMessage(error.message, "error");
      if (error.status === 409 || error.status === 404) { loadOpen(false, false); }
    }).then(function () { setBusy(button, false); if (state.open === open && open.data) {
      renderOpen(open.data, false); } });
  }

  function afterChange(message) {
    return function (data) {
      if (data && typeof data === "object" && data.id !== undefined &&
          (data.transcript || state.open.kind === "report" || data.notes)) {
        renderOpen(data, false);
      }
      if (message) { caseMessage(message, "ok"); }
      loadOpen(false, false);
    };
  }

  $("claim-button").addEventListener("click", function () {
    act($("claim-button"), "/claim", {}, afterChange("Claimed. It is yours now."));
  });

  $("release-button").addEventListener("click", function () {
    act($("release-button"), "/release", {}, afterChange("Released to the queue."));
  });

  $("transfer-button").addEventListener("click", function () {
    var to = $("transfer-select").value;
    if (!to) {
      caseMessage("Choose who should take over the case.", "error");
      $("transfer-select").focus();
      return;
    }
    act($("transfer-button"), "/transfer", { to: to }, afterChange("Transferred to " + to + "."));
  });

  $("transfer-select").addEventListener("focus", function () {
    if (!state.staff.length) { loadStaff(); }
  });

  // Reply: write, preview what will be sent, then send exactly that.

  function previewReady() {
    if (!state.preview) { return false; }
    return state.preview.translate || state.preview.same || $("confirm-untranslated").checked;
  }

  function updateSend() {
    $("send-button").disabled = !(state.open && isMine(state.open.data)) || !previewReady();
  }

  $("reply-text").addEventListener("input", function () {
    if (state.preview) {  // the preview no longer matches the text
      state.preview = null;
      show($("reply-preview"), false);
    }
  });

  $("confirm-untranslated").addEventListener("change", updateSend);

  $("reply-form").addEventListener("submit", function (event) {
    event.preventDefault();
    var open = state.open;
    var text = $("reply-text").value.trim();
    if (!open || !text) {
      caseMessage("Write a reply first.", "error");
      $("reply-text").focus();
      return;
    }
    setBusy($("preview-button"), true);
    api("POST", caseBase(open.kind, open.id) + "/reply/preview", { text: text })
      .then(function (result) {
        if (state.open !== open) { return; }
        showReplyPreview(text, result || {});
      }).catch(function (error) {
        if (state.open === open) { caseMessage(error.message, "error"); }
      }).then(function () {
        setBusy($("preview-button"), false);
        if (state.open === open && open.data) { renderReplyState(open.data); }
      });
  });

  function showReplyPreview(text, result) {
    var data = state.open.data || {};
    var target = languageName(result.language || data.language);
    var available = result.available !== false;
    var machine = !!result.machine_translated;
    var same = available && !machine;
    state.preview = { text: text, translate: available && machine, same: same };
    $("confirm-untranslated").checked = false;
    var label = $("reply-preview-label");
    var warning = $("reply-preview-warning");
    if (machine) {
      label.textContent = "Machine translation into " + target + ". This is what she will receive:";
    } else if (same) {
      label.textContent = "She will receive it as written:";
    } else {
      label.textContent = "She would receive it as written, in " +
        languageName(staffLanguageOf(data)) + ":";
    }
    var sent = $("reply-preview-text");
    sent.textContent = str(result.text_to_send) || text;
    sent.lang = machine ? str(result.language || data.language) : "";
    if (!available) {
      warning.textContent = "No translation model for " + languageName(staffLanguageOf(data)) +
        " → " + languageName(data.language) + " is installed. She may not understand this. A ready-made reply in " +
        "her language is safer.";
    }
    show(warning, !available);
    show($("confirm-untranslated-row"), !available);
    show($("reply-preview"), true);
    updateSend();
    (available ? $("send-button") : $("confirm-untranslated")).focus();
  }

  $("send-button").addEventListener("click", function () {
    var preview = state.preview;
    if (!preview || !previewReady()) { return; }
    act($("send-button"), "/reply", { text: preview.text, translate: preview.translate },
        function (data) {
          $("reply-text").value = "";
          state.preview = null;
          show($("reply-preview"), false);
          appendLine(data && data.message);
          caseMessage("Reply sent to the channel.", "ok");
          loadOpen(false, false);
        });
  });

  function appendLine(line) {
    if (!line || typeof line !== "object" || !state.open || !state.open.data) { return; }
    var data = state.open.data;
    data.transcript = (Array.isArray(data.transcript) ? data.transcript : []).concat([line]);
    var list = $("transcript");
    list.appendChild(transcriptLine(line, data));
    list.scrollTop = list.scrollHeight;
  }

  function loadCanned() {
    var open = state.open;
    clear($("canned-list"));
    api("GET", caseBase(open.kind, open.id) + "/canned").then(function (data) {
      if (state.open !== open) { return; }
      state.canned = Array.isArray(data && data.items) ? data.items : [];
      renderCanned();
    }).catch(function () {
      if (state.open === open) {
        $("canned-list").appendChild(el("p", "empty", "Ready-made replies could not be loaded."));
      }
    });
  }

  function renderCanned() {
    var list = $("canned-list");
    clear(list);
    var mine = state.open && isMine(state.open.data);
    state.canned.forEach(function (item) {
      if (!item || !str(item.name)) { return; }
      var button = el("button", "button canned-button", str(item.label) || humanise(item.name));
      button.type = "button";
      button.setAttribute("data-name", item.name);
      button.disabled = !mine;
      button.addEventListener("click", function () { chooseCanned(item); });
      list.appendChild(button);
    });
    if (!list.childNodes.length) { list.appendChild(el("p", "empty", "None for this language.")); }
  }

  function chooseCanned(item) {
    state.chosenCanned = item;
    var text = $("canned-text");
    text.textContent = str(item.text);
    text.lang = state.open && state.open.data ? str(state.open.data.language) : "";
    text.dir = "auto";
    $("canned-gloss").textContent = str(item.gloss) || "(no English gloss)";
    show($("canned-preview"), true);
    $("canned-send-button").focus();
  }

  $("canned-cancel").addEventListener("click", function () {
    state.chosenCanned = null;
    show($("canned-preview"), false);
  });

  $("canned-send-button").addEventListener("click", function () {
    var item = state.chosenCanned;
    if (!item) { return; }
    act($("canned-send-button"), "/reply", { canned: item.name }, function (data) {
      state.chosenCanned = null;
      show($("canned-preview"), false);
      appendLine(data && data.message);
      caseMessage("Ready-made reply sent to the channel.", "ok");
      loadOpen(false, false);
    });
  });

  $("note-form").addEventListener("submit", function (event) {
    event.preventDefault();
    var text = $("note-text").value.trim();
    if (!text) {
      caseMessage("Write the note first.", "error");
      $("note-text").focus();
      return;
    }
    act($("note-button"), "/notes", { text: text }, function (note) {
      $("note-text").value = "";
      var data = state.open.data;
      data.notes = (Array.isArray(data.notes) ? data.notes : []).concat([note]);
      renderNotes(data);
      caseMessage("Note saved.", "ok");
    });
  });

  $("close-form").addEventListener("submit", function (event) {
    event.preventDefault();
    var outcome = $("close-outcome").value;
    if (!outcome) {
      caseMessage("Choose an outcome before closing.", "error");
      $("close-outcome").focus();
      return;
    }
    var what = state.open.kind === "report" ? "this report" : "case #" + state.open.id;
    $("close-confirm-text").textContent = "Close " + what + " as “" + outcomeLabel(outcome) +
      "”? " + (state.open.kind === "report" ? "It leaves the queue."
                                           : "It leaves the queue and the assistant answers her again.");
    show($("close-confirm"), true);
    $("close-confirm-button").focus();
  });

  $("close-outcome").addEventListener("change", function () { show($("close-confirm"), false); });

  $("close-cancel-button").addEventListener("click", function () {
    show($("close-confirm"), false);
    $("close-button").focus();
  });

  $("close-confirm-button").addEventListener("click", function () {
    var open = state.open;
    var outcome = $("close-outcome").value;
    if (!open || !outcome) { return; }
    var name = open.kind === "report" ? "Report" : "Case #" + open.id;
    act($("close-confirm-button"), "/close", { outcome: outcome }, function () {
      delete state.drafts[keyOf(open.kind, open.id)];
      $("reply-text").value = "";
      $("note-text").value = "";
      state.open = null;
      closePanel(name + " closed: " + outcomeLabel(outcome) + ".");
      $("queue-heading").scrollIntoView({ block: "nearest" });
    });
  });

  // ---- Staff admin (supervisors) --------------------------------------------------------------

  $("admin-button").addEventListener("click", function () {
    var open = $("admin-panel").hidden;
    show($("admin-panel"), open);
    $("admin-button").setAttribute("aria-expanded", open ? "true" : "false");
    if (open) {
      loadGlobalAudit();
      $("staff-name").focus();
    }
  });

  $("admin-close").addEventListener("click", function () {
    show($("admin-panel"), false);
    $("admin-button").setAttribute("aria-expanded", "false");
    $("admin-button").focus();
  });

  function loadGlobalAudit() {
    api("GET", "/api/audit?limit=100").then(function (data) {
      renderAudit($("staff-audit-list"), data && data.items);
    }).catch(function (error) {
      clear($("staff-audit-list"));
      $("staff-audit-list").appendChild(el("li", "empty", error.message));
    });
  }

  $("staff-audit-refresh").addEventListener("click", loadGlobalAudit);

  $("staff-form").addEventListener("submit", function (event) {
    event.preventDefault();
    var name = $("staff-name").value.trim();
    var language = $("staff-language").value.trim();
    if (!name || !language) {
      return formError("staff-error", "Enter a name and a working language.");
    }
    formError("staff-error", "");
    show($("staff-result"), false);
    setBusy($("staff-button"), true);
    api("POST", "/api/staff", { name: name, role: $("staff-role").value, language: language })
      .then(function (created) {
        $("staff-name").value = "";
        $("staff-result-text").textContent = "Added " + str(created.name) + " (" +
          humanise(created.role) + "). One-time password:";
        $("staff-password").textContent = str(created.one_time_password);
        show($("staff-result"), true);
        loadStaff();
        loadGlobalAudit();
      }).catch(function (error) {
        formError("staff-error", error.message);
      }).then(function () { setBusy($("staff-button"), false); });
  });

  $("staff-copy").addEventListener("click", function () {
    var value = $("staff-password").textContent;
    var done = function () { $("staff-copy").textContent = "Copied"; };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(value).then(done, selectPassword);
    } else {
      selectPassword();
    }
  });

  function selectPassword() {
    var range = document.createRange();
    range.selectNodeContents($("staff-password"));
    var selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    $("staff-copy").textContent = "Selected: press Ctrl+C";
  }

  // ---- Start ----------------------------------------------------------------------------------

  renderMute();
  setConnection("offline");
  api("GET", "/api/session").then(startSession, function (error) {
    if (error.status === 403 && error.message === MUST_CHANGE) { return; }
    signedOut(error.status === 401 ? "" : error.message);
  });
}());
